/**
 * The one error the parser throws. `permanent` is true when the file itself is the problem
 * (unsupported, corrupt, encrypted, empty, missing) and false when a retry may succeed.
 */
export class CvParseError extends Error {
  constructor(message: string, readonly permanent: boolean = true) {
    super(message);
    this.name = 'CvParseError';
  }
}
