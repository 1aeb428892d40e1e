import { spForSpfx } from '../../src/data/sp/spFactory';
import { themeOfWeekLoader } from '../../src/data/views/themeOfWeekLoader';
import { ACTIVITIES_COMPONENT_ID, TEAMS_APP_ID } from '../../src/ui/host/productIds';
import { lazySetupApi } from '../../src/data/views/lazySetupApi';
import { mountThemeOfWeek } from '../../src/ui/entries/mountThemeOfWeek';
import { activitiesApi } from '../../src/data/views/activitiesApi';
import { mountActivities } from '../../src/ui/entries/mountActivities';
import { studioApi } from '../../src/data/views/studioApi';
import { mountStudio } from '../../src/ui/entries/mountStudio';
import { activityIdFromUrl } from '../../src/core/links/activityLinks';
import { HostInfo, TeamsThemeName, toUiLocale } from '../../src/ui/host/hostTypes';
import { newsApi } from '../../src/data/views/newsApi';
import { mountNews } from '../../src/ui/entries/mountNews';
import { contentCalendarApi } from '../../src/data/views/contentCalendarApi';
import { mountContentCalendar } from '../../src/ui/entries/mountContentCalendar';
import { participationApi } from '../../src/data/views/participationApi';
import { mountParticipation } from '../../src/ui/participation/mountParticipation';
import { wirePersonaSwitcher } from './personaSwitcher';
import { fetchGraphRequester } from '../../src/data/graph/graphRequester';
import { myAgenda, storageAgendaMemory } from '../../src/data/graph/myAgenda';
import { participantMessenger } from '../../src/data/graph/participantMessenger';
import { wireTeamsFrame } from './teamsFrame';

// The preview's client: builds PnPjs against the emulator (same origin, persona cookie)
// and mounts the SAME entries the SPFx web part classes mount. No second data path.

const body = document.body;
const locale = toUiLocale(body.dataset.lang);
const host: HostInfo =
  body.dataset.host === 'teams'
    ? { kind: 'teams', teamsTheme: (body.dataset.teamsTheme as TeamsThemeName) || 'default', locale }
    : { kind: 'sharepoint', sharePointPrimary: '#8a1538', sharePointInverted: false, locale };
const fixedNow = body.dataset.now ? new Date(body.dataset.now) : undefined;
const now = (): Date => (fixedNow ? new Date(fixedNow.getTime()) : new Date());

// The same PnPjs set-up as in SPFx: the page context carries the site URL, the digest and
// the signed-in person. Each web part builds its own instance, as each SPFx web part does
// in its own bundle; their first reads still travel together (page-wide read coalescing).
const pageContext = {
  pageContext: {
    web: { absoluteUrl: body.dataset.siteUrl || `${window.location.origin}/sites/stella` },
    legacyPageContext: { formDigestValue: body.dataset.digest || '', formDigestTimeoutSeconds: 1800 },
    user: { loginName: body.dataset.user || '' }
  }
};

// Teams deep links: the app id is the SPFx solution id (config/package-solution.json) and the
// personal tab's entityId the web part's component id (scripts/packaging/teams-app.mjs).

// Graph as in SPFx, against the emulator's subset on the same origin (the persona cookie is
// the identity); the preview's consent switch decides whether it answers.
const graph = fetchGraphRequester(window.location.origin);
const messenger = participantMessenger({
  graph,
  teamsAppId: TEAMS_APP_ID,
  activitiesEntityId: ACTIVITIES_COMPONENT_ID,
  locale
});

const placeholders = document.querySelectorAll<HTMLElement>('[data-webpart]');
placeholders.forEach((element, index) => {
  const instanceId = `${element.dataset.webpart}-${index}`;
  const sp = spForSpfx(pageContext);
  switch (element.dataset.webpart) {
    case 'themeOfWeek':
      mountThemeOfWeek(element, { host, instanceId, load: themeOfWeekLoader(sp), now, planningUrl: '/kalender', setup: lazySetupApi(sp) });
      break;
    case 'activities':
      mountActivities(element, {
        host,
        instanceId,
        api: activitiesApi(sp, messenger),
        now,
        pageSize: 12,
        showFilters: true,
        share:
          host.kind === 'teams'
            ? { pageUrl: `${window.location.origin}/`, teamsAppId: TEAMS_APP_ID, teamsEntityId: ACTIVITIES_COMPONENT_ID }
            : { pageUrl: window.location.href },
        initialActivityId: activityIdFromUrl(window.location.href),
        uidDomain: window.location.hostname,
        agenda: myAgenda(graph, storageAgendaMemory(window.localStorage)),
        setup: lazySetupApi(sp)
      });
      break;
    case 'studio':
      mountStudio(element, {
        host,
        instanceId,
        api: studioApi(sp, messenger, graph),
        now,
        becomeAmbassadorContact: 'samenbeter@maastricht.example',
        setup: lazySetupApi(sp)
      });
      break;
    case 'news':
      mountNews(element, {
        host,
        instanceId,
        api: newsApi(sp),
        pageSize: 4,
        pillarPreset: null,
        layout: 'list',
        showFilter: true,
        setup: lazySetupApi(sp)
      });
      break;
    case 'contentCalendar':
      mountContentCalendar(element, { host, instanceId, api: contentCalendarApi(sp), now, setup: lazySetupApi(sp) });
      break;
    case 'participation':
      mountParticipation(element, { host, instanceId, api: participationApi(sp, graph), now, setup: lazySetupApi(sp) });
      break;
    default:
      element.textContent = `Unknown web part ${element.dataset.webpart}`;
  }
});

wirePersonaSwitcher(document);
if (host.kind === 'teams') {
  // The frame's Teams chrome: activity feed, Outlook agenda, the Graph consent switch.
  wireTeamsFrame(document);
}
