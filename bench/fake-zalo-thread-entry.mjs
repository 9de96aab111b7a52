// Worker-thread entry for bench/fake-zalo-thread.ts: tsx's loader is not inherited by a worker
// thread, so register it before loading the TypeScript fake (as server/jobs does).
import { register } from "tsx/esm/api";

register();
await import("./fake-zalo-thread.ts");
