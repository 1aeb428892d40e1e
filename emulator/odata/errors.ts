/**
 * Thrown for malformed OData query options; routes map it to SharePoint's 400 error body.
 * The code (InvalidClientQueryException) is SharePoint's for a bad expression
 * (microsoftgraph/microsoft-graph-docs-contrib#4798); the message texts are the emulator's own (unverified).
 */
export class ODataSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ODataSyntaxError';
  }
}
