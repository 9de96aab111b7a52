/**
 * Bytes of the intake journal's WAL written (zeros) at open, past what it holds: see
 * preallocateWal in intake-journal.ts. Its own module because the configuration (env.ts, also
 * loaded on Workers) takes it as the default and must not import the Node-only journal.
 * At 500 events/s the WAL takes ~1–2 MB/s; the drain's checkpoint (once a second) lets SQLite
 * start the WAL again from its beginning, so 16 MiB covers several seconds of checkpoints that
 * could not finish (a busy processing side) before the file has to grow again.
 */
export const PREALLOCATE_WAL_BYTES = 16 * 1024 * 1024;
