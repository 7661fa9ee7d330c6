/**
 * Errors the host throws, shaped like Office.js's `OfficeExtension.Error` (name 'RichApi.Error',
 * `code`, `message`, `debugInfo: { code, message, errorLocation }`).
 *
 * Codes and messages follow the "Error handling with the Excel JavaScript API" table
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling) and
 * `OfficeExtension.ErrorCodes`; PropertyNotLoaded's message is the one real Excel prints.
 */

/** Error codes the host produces. */
export type HostErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'InactiveWorkbook'
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidOperationInCellEditMode'
  | 'InvalidReference'
  | 'InvalidSelection'
  | 'InvalidRequestContext'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'PropertyNotLoaded'
  | 'RangeExceedsLimit'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'RunMustReturnPromise'
  | 'ValueNotLoaded'
  | 'NotImplemented'
  | 'ActivityLimitReached'
  | 'RequestAborted';

/** Excel's own wording for each code (used when a call site gives no detail). */
export const ERROR_MESSAGES: Readonly<Record<HostErrorCode, string>> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of Excel. ' +
    'See the Excel JavaScript API requirement sets article for more information.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InactiveWorkbook: 'The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidSelection: 'The current selection is invalid for this operation.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  ItemAlreadyExists: 'The resource being created already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  PropertyNotLoaded: 'The property is not available.',
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, ' +
    'so that any automatically-tracked objects can be released at the completion of the batch operation.',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, ' +
    'call "context.sync()" on the associated request context.',
  NotImplemented: "The requested feature isn't implemented.",
  ActivityLimitReached: 'Activity limit has been reached.',
  RequestAborted: 'The request was aborted during run time.',
};

/** `debugInfo` as Office.js fills it. */
export interface HostDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

/** An Office.js-like error; exposed to add-in code as `OfficeExtension.Error`. */
export class HostError extends Error {
  override name = 'RichApi.Error';
  readonly code: string;
  readonly debugInfo: HostDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: HostError | null = null;
  /** Excel on the web answers a failed batch with HTTP 400. */
  readonly httpStatusCode = 400;

  constructor(code: string, message?: string, errorLocation?: string) {
    const text = message ?? ERROR_MESSAGES[code as HostErrorCode] ?? code;
    super(text);
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message: text } : { code, message: text, errorLocation };
  }

  /** Office.js errors print as JSON with these fields. */
  toJSON(): object {
    return { name: this.name, code: this.code, message: this.message, debugInfo: this.debugInfo };
  }
}

/** A HostError with Excel's default message for `code`. */
export function hostError(code: HostErrorCode, message?: string, location?: string): HostError {
  return new HostError(code, message, location);
}

/** The error Office.js throws when a property is read before `load` + `sync`. */
export function propertyNotLoaded(property: string, typeName: string): HostError {
  return new HostError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method ` +
      'on the containing object and call "context.sync()" on the associated request context.',
    `${typeName}.${property}`,
  );
}

/** Re-throw `error` with `location` filled in if it is a HostError without one. */
export function withLocation(error: unknown, location: string): unknown {
  if (error instanceof HostError && error.debugInfo.errorLocation === undefined) {
    const located = new HostError(error.code, error.message, location);
    return located;
  }
  return error;
}

/** The codes of `OfficeExtension.ErrorCodes` (static string fields, as in office.js). */
export const OFFICE_EXTENSION_ERROR_CODES = {
  accessDenied: 'AccessDenied',
  generalException: 'GeneralException',
  activityLimitReached: 'ActivityLimitReached',
  invalidObjectPath: 'InvalidObjectPath',
  propertyNotLoaded: 'PropertyNotLoaded',
  valueNotLoaded: 'ValueNotLoaded',
  invalidRequestContext: 'InvalidRequestContext',
  invalidArgument: 'InvalidArgument',
  runMustReturnPromise: 'RunMustReturnPromise',
  cannotRegisterEvent: 'CannotRegisterEvent',
  apiNotFound: 'ApiNotFound',
  connectionFailure: 'ConnectionFailure',
} as const;
