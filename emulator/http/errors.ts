// SharePoint's REST error bodies and the exact codes/messages the product must handle.
// Rows marked "unverified" are not in sharepoint-facts.md; they follow what SharePoint is
// known to answer as closely as we could establish.

export interface SpErrorBody {
  'odata.error': { code: string; message: { lang: 'en-US'; value: string } };
}

/** A SharePoint-shaped failure; routes throw it, the server writes `body()` with `status`. */
export class SpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra response headers, e.g. Retry-After on throttling. */
    readonly headers: Record<string, string> = {},
    /** A body that is not an OData error (the 401 of the authentication layer). */
    private readonly rawBody?: object
  ) {
    super(message);
    this.name = 'SpError';
  }

  body(): object {
    return this.rawBody ?? this.odataError();
  }

  /** Verbose (odata=verbose) clients get the same error under "error". */
  verboseBody(): object {
    return this.rawBody ?? { error: this.odataError()['odata.error'] };
  }

  private odataError(): SpErrorBody {
    return { 'odata.error': { code: this.code, message: { lang: 'en-US', value: this.message } } };
  }
}

const THROTTLED = 'Microsoft.SharePoint.SPQueryThrottledException';
const CLIENT_SERVICE = '-1, Microsoft.SharePoint.Client.ClientServiceException';
const INVALID_CLIENT_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
const SP_EXCEPTION = '-2146232832, Microsoft.SharePoint.SPException';

// --- rows of the errors table in sharepoint-facts.md ---

export const listViewThreshold = (): SpError =>
  new SpError(500, `-2147024860, ${THROTTLED}`,
    'The attempted operation is prohibited because it exceeds the list view threshold.');

export const lookupThreshold = (): SpError =>
  new SpError(500, `-2147024749, ${THROTTLED}`,
    'The query cannot be completed because the number of lookup columns it contains exceeds the lookup column threshold.');

/** `requested` is the If-Match value as sent (e.g. `"8"`), the object's ETag is `"<guid>,<version>"`. */
export const etagMismatch = (requested: string, guid: string, version: number): SpError =>
  new SpError(412, CLIENT_SERVICE,
    `The request ETag value '${requested}' does not match the object's ETag value '"${guid},${version}"'.`);

export const listMissing = (title: string, siteUrl: string): SpError =>
  new SpError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${siteUrl}'.`);

export const itemMissing = (): SpError =>
  new SpError(404, '-2147024809, System.ArgumentException', 'Item does not exist. It may have been deleted by another user.');

export const unknownBodyProperty = (property: string, typeName: string): SpError =>
  new SpError(400, INVALID_CLIENT_QUERY,
    `The property '${property}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`);

export const unknownSelectField = (field: string): SpError =>
  new SpError(400, '-1, Microsoft.SharePoint.SPException', `The field or property '${field}' does not exist.`);

export const accessDenied = (): SpError =>
  new SpError(403, '-2147024891, System.UnauthorizedAccessException',
    'Access denied. You do not have permission to perform this action or access this resource.');

export const invalidDigest = (): SpError =>
  new SpError(403, '-2130575251, Microsoft.SharePoint.SPException',
    'The security validation for this page is invalid and might be corrupted. Please use your web browser\'s Back button to try your operation again.');

/** No or unknown identity: what SharePoint Online's authentication layer answers. Header and body: unverified. */
export const unauthorized = (tenantId: string): SpError =>
  new SpError(401, '-2147024891, System.UnauthorizedAccessException', 'Unauthorized',
    { 'WWW-Authenticate': `Bearer realm="${tenantId}",client_id="00000003-0000-0ff1-ce00-000000000000",trusted_issuers="00000001-0000-0000-c000-000000000000@*",authorization_uri="https://login.windows.net/common/oauth2/authorize"` },
    { error_description: 'Invalid JWT token. No certificate thumbprint specified in token header.' });

// --- further cases (unverified against a tenant) ---

/** $filter / $orderby on a column the list does not have. Message: pnp/PnP#1585 (SharePoint Online); status and code unverified. */
export const unknownColumn = (field: string): SpError =>
  new SpError(400, SP_EXCEPTION, `Column '${field}' does not exist. It may have been deleted by another user.`);

/** getByInternalNameOrTitle / getByTitle on a field the list does not have. Unverified (message as for unknownColumn). */
export const fieldMissing = (name: string): SpError =>
  new SpError(404, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.`);

/** `$select=Author/Title` without `$expand=Author`: both are required (learn.microsoft.com/sharepoint/dev/sp-add-ins/use-odata-query-operations-in-sharepoint-rest-requests); message unverified. */
export const selectNeedsExpand = (path: string, navigation: string): SpError =>
  new SpError(400, '-1, Microsoft.SharePoint.SPException',
    `The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${navigation}.`);

/** Malformed $filter/$orderby/$select/$top/$batch text. Code: microsoftgraph/microsoft-graph-docs-contrib#4798; messages unverified. */
export const invalidQuery = (message: string): SpError => new SpError(400, INVALID_CLIENT_QUERY, message);

/** A body value of the wrong JSON type for the property. Unverified. */
export const invalidValue = (property: string, edmType: string): SpError =>
  new SpError(400, INVALID_CLIENT_QUERY,
    `Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details. (property '${property}')`);

// requiredFieldMissing, textTooLong: unverified (codes and messages).
export const requiredFieldMissing = (field: string): SpError =>
  new SpError(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException',
    `You must specify a value for this required field. (field '${field}')`);

export const textTooLong = (field: string, maxLength: number): SpError =>
  new SpError(400, '-2146232832, Microsoft.SharePoint.SPFieldValidationException',
    `The value for field '${field}' exceeds the maximum length of ${maxLength} characters.`);

// Message and code -2130575342 SPException: pnp/PnP-Sites-Core#151, pnp/PnP#1921; status 500 unverified.
export const listTitleTaken = (): SpError =>
  new SpError(500, '-2130575342, Microsoft.SharePoint.SPException',
    'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.');

// groupNameTaken, groupMissing, userMissing, userNotFound, roleDefinitionMissing: unverified
// (pnp/powershell#3872 shows a group-not-found ServerException, localised).
export const groupNameTaken = (name: string): SpError =>
  new SpError(400, SP_EXCEPTION, `The specified name is already in use. (group '${name}')`);

export const groupMissing = (): SpError => new SpError(404, SP_EXCEPTION, 'Group cannot be found.');

export const userMissing = (): SpError => new SpError(404, SP_EXCEPTION, 'User cannot be found.');

export const userNotFound = (logonName: string): SpError =>
  new SpError(404, SP_EXCEPTION, `The specified user ${logonName} could not be found.`);

export const roleDefinitionMissing = (): SpError =>
  new SpError(404, SP_EXCEPTION, 'Permission level cannot be found.');

// SharePoint: 404, System.ArgumentException, "Can not find the principal with id: 27." (pnp/pnpcore#1386);
// the number before the class as SharePoint writes it for ArgumentException elsewhere (itemMissing): unverified.
export const principalMissing = (principalId: number): SpError =>
  new SpError(404, '-2147024809, System.ArgumentException', `Can not find the principal with id: ${principalId}.`);

// Unverified.
export const inheritsPermissions = (): SpError =>
  new SpError(400, SP_EXCEPTION, 'This operation is not allowed on an object that inherits permissions.');

// Code and message: pnp/custom-learning-office-365#8, nextcloud/sharepoint#43; status 404 unverified.
export const resourceNotFound = (segment: string): SpError =>
  new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${segment}.`);

// Code and message: microsoftgraph/microsoft-graph-docs-contrib#4798 (`The expression "fields(select" is not valid.`).
export const invalidExpression = (path: string): SpError =>
  new SpError(400, INVALID_CLIENT_QUERY, `The expression "${path}" is not valid.`);

// Unverified.
export const methodNotAllowed = (method: string): SpError =>
  new SpError(405, '-1, Microsoft.SharePoint.Client.ClientServiceException',
    `The HTTP method '${method}' cannot be used to access the resource.`);

// Not a SharePoint answer: the emulator refuses what it does not emulate.
export const notSupported = (what: string): SpError =>
  new SpError(501, '-1, System.NotSupportedException', `${what} is not supported by the local SharePoint emulator.`);

/** Fault injection: throttling (429) or service unavailable (503) with Retry-After (facts file); codes and messages unverified. */
export const injectedFault = (status: number, retryAfterSeconds: number): SpError =>
  status === 429
    ? new SpError(429, '-2147024860, Microsoft.SharePoint.SPRequestThrottledException',
      'The request has been throttled. Please retry after the number of seconds in the Retry-After header.',
      { 'Retry-After': String(retryAfterSeconds) })
    : new SpError(status, '-1, Microsoft.SharePoint.Client.ServerUnavailableException',
      'The service is temporarily unavailable. Please retry after the number of seconds in the Retry-After header.',
      { 'Retry-After': String(retryAfterSeconds) });
