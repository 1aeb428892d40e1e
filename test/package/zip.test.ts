// The ZIP writer/reader used for the Teams app package and to inspect the .sppkg.
import * as zlib from 'node:zlib';
import { crc32, readZip, writeZip } from '../../scripts/packaging/zip.mjs';

describe('zip', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
    const nodeCrc = (zlib as unknown as { crc32?: (data: Buffer) => number }).crc32;
    if (nodeCrc) {
      const data = Buffer.from('#SamenBeter – samen fitter, één keer per week');
      expect(crc32(data)).toBe(nodeCrc(data));
    }
  });

  it('round-trips deflated and stored entries, UTF-8 names and folders', () => {
    const big = Buffer.from('Thema van de week. '.repeat(500));
    const random = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 7919) % 251));
    const zip = writeZip([
      { name: 'manifest.json', data: '{"a":1}' },
      { name: 'folder/big.txt', data: big },
      { name: 'ruïne/één.bin', data: random },
      { name: 'empty.txt', data: '' }
    ]);
    const entries = readZip(zip);
    expect(entries.map((e) => e.name)).toEqual(['manifest.json', 'folder/big.txt', 'ruïne/één.bin', 'empty.txt']);
    expect(entries[0].data.toString()).toBe('{"a":1}');
    expect(entries[1].data.equals(big)).toBe(true);
    expect(entries[2].data.equals(random)).toBe(true);
    expect(entries[3].data.length).toBe(0);
    expect(zip.length).toBeLessThan(big.length / 10); // the repetitive entry was deflated
  });

  it('writes local headers and a central directory other tools can walk', () => {
    const zip = writeZip([{ name: 'a.txt', data: 'hallo' }], { date: new Date(2026, 0, 5, 12, 30, 10) });
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    const eocd = zip.length - 22;
    expect(zip.readUInt32LE(eocd)).toBe(0x06054b50);
    expect(zip.readUInt16LE(eocd + 10)).toBe(1);
    const cd = zip.readUInt32LE(eocd + 16);
    expect(zip.readUInt32LE(cd)).toBe(0x02014b50);
    expect(zip.readUInt16LE(cd + 14)).toBe(((2026 - 1980) << 9) | (1 << 5) | 5); // DOS date
    expect(zip.readUInt16LE(cd + 12)).toBe((12 << 11) | (30 << 5) | 5); // DOS time
    expect(zip.readUInt32LE(cd + 16)).toBe(crc32(Buffer.from('hallo')));
  });

  it('refuses duplicate or unsafe names', () => {
    expect(() => writeZip([{ name: 'a', data: '' }, { name: 'a', data: '' }])).toThrow(/duplicate/);
    expect(() => writeZip([{ name: '../evil', data: '' }])).toThrow(/bad entry name/);
    expect(() => writeZip([{ name: '/abs', data: '' }])).toThrow(/bad entry name/);
  });

  it('detects damage', () => {
    expect(() => readZip(Buffer.from('not a zip at all, just some bytes'))).toThrow(/central directory/);
    const stored = Buffer.from(writeZip([{ name: 'a.txt', data: 'abcdefghij' }])); // too short to deflate
    expect(stored.readUInt16LE(8)).toBe(0); // method: stored
    stored[30 + 'a.txt'.length] ^= 0xff; // first byte of the data
    expect(() => readZip(stored)).toThrow(/CRC mismatch/);
    const deflated = Buffer.from(writeZip([{ name: 'b.txt', data: 'b'.repeat(1000) }]));
    expect(deflated.readUInt16LE(8)).toBe(8); // method: deflate
    deflated[deflated.readUInt32LE(deflated.length - 6) - 3] ^= 0xff; // a byte near the end of the data
    expect(() => readZip(deflated)).toThrow();
  });
});
