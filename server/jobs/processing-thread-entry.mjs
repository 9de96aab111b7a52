// Entry of the processing child process (forked with plain node): the server runs from TypeScript
// through tsx, so register tsx's loader here before loading the TypeScript module.
import { register } from "tsx/esm/api";

register();
await import("./processing-thread.ts");
