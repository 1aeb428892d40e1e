/** Thrown for malformed OData query options; routes map it to SharePoint's 400 error body. */
export class ODataSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ODataSyntaxError';
  }
}
