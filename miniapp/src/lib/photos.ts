/*
 * Photos are made smaller on the phone before they are sent: a 4 MB camera photo becomes a
 * JPEG of at most 1,600 px on its longer side (a few hundred kilobytes), so it uploads in
 * seconds on a slow line. createImageBitmap applies the photo's EXIF orientation
 * ("from-image"), so the re-encoded pixels stand the right way up without the tag. Photos the
 * browser cannot decode (e.g. HEIC on some phones) are sent as they are: the server checks
 * and cleans every photo anyway.
 */
const MAX_SIDE = 1600;
const QUALITY = 0.85;
/** Smaller than this and not larger than MAX_SIDE: sent as is. */
const SMALL_ENOUGH_BYTES = 600 * 1024;
const THUMB_SIDE = 160;

export async function preparePhoto(file: Blob): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    return file;
  }
  try {
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.size <= SMALL_ENOUGH_BYTES) return file;
    const blob = await draw(bitmap, scale, "image/jpeg", QUALITY);
    return blob && blob.size < file.size ? blob : file;
  } finally {
    bitmap.close();
  }
}

/** A small JPEG data URL of the photo: kept in the draft so the thumbnail survives closing the app. */
export async function thumbnail(file: Blob): Promise<string | undefined> {
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
    try {
      const blob = await draw(bitmap, Math.min(1, THUMB_SIDE / Math.max(bitmap.width, bitmap.height)), "image/jpeg", 0.7);
      if (!blob) return undefined;
      return await new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsDataURL(blob);
      });
    } finally {
      bitmap.close();
    }
  } catch {
    return undefined;
  }
}

function draw(bitmap: ImageBitmap, scale: number, type: string, quality: number): Promise<Blob | null> {
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const ctx = canvas.getContext("2d");
  if (!ctx) return Promise.resolve(null);
  ctx.fillStyle = "#fff"; // transparent PNG areas become white, not black, in a JPEG
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob(resolve, type, quality));
}
