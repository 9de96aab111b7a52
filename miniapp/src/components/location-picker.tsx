import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import type { LatLng, MiniappConfig } from "../../../server/feedback/report-contract";

type MapSettings = MiniappConfig["map"];

/* The pin: an inline SVG (no image files to resolve), big enough to see and to grab. */
const pinIcon = () =>
  L.divIcon({
    className: "map-pin",
    html: '<svg width="44" height="54" viewBox="0 0 44 54" aria-hidden="true"><path d="M22 2C11 2 3 10 3 21c0 14 19 31 19 31s19-17 19-31C41 10 33 2 22 2z" fill="#b3261e" stroke="#fff" stroke-width="3"/><circle cx="22" cy="21" r="7" fill="#fff"/></svg>',
    iconSize: [44, 54],
    iconAnchor: [22, 52],
  });

function tiles(settings: MapSettings) {
  return L.tileLayer(settings.tileUrl, { maxZoom: 19, attribution: settings.attribution });
}

/**
 * A map with a pin the resident drags, or moves by tapping the map where the problem is.
 * Tiles come from the server's setting (OpenStreetMap by default); nothing else is loaded.
 */
export function LocationMap({ settings, value, onChange }: { settings: MapSettings; value: LatLng | null; onChange: (v: LatLng) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map>();
  const pin = useRef<L.Marker>();
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    if (!box.current) return;
    const start = value ?? settings.center;
    const m = L.map(box.current, { center: [start.lat, start.lng], zoom: value ? 18 : settings.zoom, scrollWheelZoom: false });
    tiles(settings).addTo(m);
    const marker = L.marker([start.lat, start.lng], { draggable: true, icon: pinIcon(), title: "Ghim vị trí", alt: "Ghim vị trí", keyboard: true, autoPan: true }).addTo(m);
    const report = (ll: L.LatLng) => changed.current({ lat: round6(ll.lat), lng: round6(ll.lng) });
    marker.on("dragend", () => report(marker.getLatLng()));
    m.on("click", (e: L.LeafletMouseEvent) => {
      marker.setLatLng(e.latlng);
      report(e.latlng);
    });
    map.current = m;
    pin.current = marker;
    return () => {
      m.remove();
      map.current = undefined;
    };
    // the map is built once; later values move the pin (below)
  }, []);

  useEffect(() => {
    if (!value || !pin.current || !map.current) return;
    const at = pin.current.getLatLng();
    if (Math.abs(at.lat - value.lat) > 1e-6 || Math.abs(at.lng - value.lng) > 1e-6) {
      pin.current.setLatLng([value.lat, value.lng]);
      map.current.setView([value.lat, value.lng], Math.max(map.current.getZoom(), 17));
    }
  }, [value?.lat, value?.lng]);

  return <div ref={box} className="map" data-testid="location-map" role="application" aria-label="Bản đồ: kéo ghim hoặc chạm vào nơi xảy ra việc" />;
}

/** The chosen place shown back (not movable), for the review before sending. */
export function PlacePreview({ settings, value }: { settings: MapSettings; value: LatLng }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const m = L.map(box.current, { center: [value.lat, value.lng], zoom: 17, dragging: false, zoomControl: false, scrollWheelZoom: false, doubleClickZoom: false, touchZoom: false, boxZoom: false, keyboard: false });
    tiles(settings).addTo(m);
    L.marker([value.lat, value.lng], { icon: pinIcon(), interactive: false }).addTo(m);
    return () => void m.remove();
  }, [value.lat, value.lng]);
  return <div ref={box} className="map map-small" data-testid="place-preview" aria-hidden="true" />;
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** Reverse geocoding with a pause: asks only once the pin has rested for a moment. */
export function useAddressOf(value: LatLng | null, enabled: boolean, lookup: (v: LatLng) => Promise<string | null>) {
  const [state, setState] = useState<{ for: string; address: string | null; loading: boolean; failed: boolean }>({ for: "", address: null, loading: false, failed: false });
  useEffect(() => {
    if (!value || !enabled) return;
    const key = `${value.lat},${value.lng}`;
    setState({ for: key, address: null, loading: true, failed: false });
    let live = true;
    const timer = setTimeout(() => {
      lookup(value).then(
        (address) => live && setState({ for: key, address, loading: false, failed: false }),
        () => live && setState({ for: key, address: null, loading: false, failed: true }),
      );
    }, 400);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [value?.lat, value?.lng, enabled]);
  return state;
}
