import { z } from 'zod';

/**
 * An id calbridge issues (spec §4): a uuid in any letter case, handed to the handler in lower case, so `ABC…` and
 * `abc…` are the same row for every rule (overlap, block, tenancy, idempotency). Google's ids are not uuids and
 * never go through this.
 */
export const idField = z.uuid().toLowerCase();
