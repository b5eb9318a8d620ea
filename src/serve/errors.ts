/**
 * Errors a request can end with on purpose. Their messages are written for the client and shown as
 * is; anything else thrown while answering is a 500 whose details go to the server's stderr only.
 */

/** A bad request (400): a parameter or path the app cannot use; the message says which and why. */
export class ParamError extends Error {}

/** Nothing here (404): an unknown article or entity. */
export class NotFoundError extends Error {}
