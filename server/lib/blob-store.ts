/** Where uploaded files (report photos) live: local disk on Node, R2 on Workers. */
export interface BlobStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<{ bytes: Uint8Array; contentType: string } | undefined>;
  delete(key: string): Promise<void>;
}

/** Keeps blobs in memory: for tests of code that only needs some store, and for tools. */
export class MemoryBlobStore implements BlobStore {
  private readonly blobs = new Map<string, { bytes: Uint8Array; contentType: string }>();
  async put(key: string, bytes: Uint8Array, contentType: string) {
    this.blobs.set(key, { bytes, contentType });
  }
  async get(key: string) {
    return this.blobs.get(key);
  }
  async delete(key: string) {
    this.blobs.delete(key);
  }
}
