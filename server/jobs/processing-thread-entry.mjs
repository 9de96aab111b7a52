// Worker-thread entry: the server runs from TypeScript through tsx, and a worker thread does not
// inherit tsx's loader, so register it here before loading the thread's TypeScript module.
import { register } from "tsx/esm/api";

register();
await import("./processing-thread.ts");
