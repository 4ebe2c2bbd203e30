/**
 * Thrown by an adapter's create/update when input that passed the schema is
 * still wrong for the database, e.g. a chosen organization was deleted
 * meanwhile or an MOU would renew itself. The core rolls the transaction back
 * and shows `message` on `field`, keeping the user's input.
 */
export class FieldValidationError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message)
    this.name = 'FieldValidationError'
  }
}
