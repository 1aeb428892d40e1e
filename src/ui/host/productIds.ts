/**
 * Fixed ids of the product, for Teams deep links: the Teams app id is the SPFx solution
 * id (config/package-solution.json, see scripts/packaging/teams-app.mjs) and a personal
 * tab's entityId is its web part's component id. A test keeps these in step.
 */
export const TEAMS_APP_ID = '4baa1876-7db1-44d4-bc1f-f7aa129c67c9';
export const ACTIVITIES_COMPONENT_ID = 'cc2686d2-51d1-4d96-9bd2-fd0ec1aeb0fb';
