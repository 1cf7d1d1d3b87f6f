// The one error a meeting write throws: the forms prevent it, this guards the rest (docs/SYNC.md).
export type MeetingInputCode =
  | 'invalidCard'
  | 'invalidMeta'
  | 'invalidSchool'
  | 'noSuchCard'
  | 'notYourCard'
  | 'notJoined'
  | 'reasonRequired'
  | 'notCoordinator'
  | 'noSuchActivity'
  | 'noStarsLeft'
  | 'noSuchCommitment'
  | 'notYourCommitment';

/** A write that would put invalid data in the document; the forms prevent it, this guards the rest. */
export class MeetingInputError extends Error {
  constructor(public readonly code: MeetingInputCode) {
    super(code);
    this.name = 'MeetingInputError';
  }
}
