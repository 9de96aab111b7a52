// A Zalo cs endpoint in a process of its own that closes idle keep-alive connections, for
// tests/pooled-zalo-http.test.ts (a separate process: its idle timers run while the test's event
// loop is held). POST /v3.0/oa/message/cs answers as Zalo does ({error: 0, message: "Success",
// data: {message_id}}, docs/zalo-api-notes.md; the full fake is tests/support/fake-zalo-server.ts).
// argv: <idleMs> <"hint" | "no-hint">
//   hint:    Node's own keep-alive timeout: closes a connection idle for idleMs and says so in
//            `Keep-Alive: timeout=<idleMs/1000>` on every response.
//   no-hint: sends no Keep-Alive header and closes a connection idle for idleMs.
// A message whose text starts with "drop:" is read, counted, and its connection destroyed
// without an answer (a server that fails after receiving); one starting with "slow:" is answered
// after 300 ms.
// GET /stats → {received: {text: n}, connections}. Prints the port on stdout.
import { createServer } from "node:http";

const idleMs = Number(process.argv[2]);
const hint = process.argv[3] === "hint";
const received = {};
let connections = 0;
let nextId = 0;
const arms = new Map();

const server = createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    if (req.method === "GET" && req.url === "/stats") {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ received, connections }));
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    const text = body.message.text;
    received[text] = (received[text] ?? 0) + 1;
    if (text.startsWith("drop:")) {
      req.socket.destroy();
      return;
    }
    res.on("finish", () => arms.get(req.socket)?.());
    res.setHeader("content-type", "application/json");
    const answer = () => res.end(JSON.stringify({ error: 0, message: "Success", data: { message_id: `m${++nextId}`, user_id: body.recipient.user_id } }));
    if (text.startsWith("slow:")) setTimeout(answer, 300);
    else answer();
  });
});
server.on("connection", (socket) => {
  connections++;
  if (hint) return;
  // idle = no request in progress: armed after each response, disarmed by the next request
  let timer;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => socket.destroy(), idleMs);
  };
  arms.set(socket, arm);
  arm();
  socket.on("data", () => clearTimeout(timer));
  socket.on("close", () => {
    clearTimeout(timer);
    arms.delete(socket);
  });
});
server.keepAliveTimeout = hint ? idleMs : 0;
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${server.address().port}\n`);
});
