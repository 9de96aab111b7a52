/**
 * Local stand-ins for the map's outside services, so the browser tests reach nothing on the
 * internet: map tiles ({z}/{x}/{y}.png, one plain PNG) and a Nominatim-compatible reverse
 * geocoder (GET /reverse?format=jsonv2&lat=…&lon=…, answering in Nominatim's documented shape).
 * `places` decides the address of a point; requests are recorded.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { makePng } from "./test-images";

export type MapStub = {
  url: string;
  tileUrl: string;
  tiles: number;
  reverse: Array<{ lat: number; lng: number }>;
  close: () => Promise<void>;
};

const TILE = makePng(256, 256, [228, 232, 220]);

export async function startMapStub(place: (lat: number, lng: number) => Record<string, string> | null): Promise<MapStub> {
  const stub = { tiles: 0, reverse: [] as Array<{ lat: number; lng: number }> };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://stub");
    if (/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(url.pathname)) {
      stub.tiles++;
      res.setHeader("content-type", "image/png");
      res.setHeader("access-control-allow-origin", "*");
      res.end(TILE);
      return;
    }
    if (url.pathname === "/reverse") {
      const lat = Number(url.searchParams.get("lat"));
      const lng = Number(url.searchParams.get("lon"));
      stub.reverse.push({ lat, lng });
      const address = place(lat, lng);
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(address ? { place_id: 1, lat: String(lat), lon: String(lng), display_name: Object.values(address).join(", "), address } : { error: "Unable to geocode" }));
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(stub, {
    url: base,
    tileUrl: `${base}/tiles/{z}/{x}/{y}.png`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
