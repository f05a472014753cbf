/** A problem with what the user typed. Custom functions prefix the message with their name. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
