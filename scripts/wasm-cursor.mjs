// A cursor over a wasm module's bytes that reads the binary format's LEB128 numbers, shared
// by the build steps that read and rewrite the release wasm (panic-lines, function-order).
export class WasmCursor {
  constructor(bytes, at = 8) {
    this.bytes = bytes;
    // Past the magic number and the version.
    this.at = at;
  }

  // Each section as { id, end }, the cursor at its contents; after each, the cursor moves to
  // its end, whatever the caller read of it.
  *sections() {
    while (this.at < this.bytes.length) {
      const id = this.bytes[this.at++];
      const size = this.leb();
      const end = this.at + size;
      yield { id, end };
      this.at = end;
    }
  }

  // An unsigned LEB128 number (a size, a count, an index).
  leb() {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = this.bytes[this.at++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return result;
    }
  }

  // A signed LEB128 number of 32 bits (an `i32.const`'s operand).
  sleb32() {
    let result = 0;
    let shift = 0;
    let byte;
    do {
      byte = this.bytes[this.at++];
      result |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return shift < 32 && byte & 0x40 ? result | (-1 << shift) : result;
  }
}
