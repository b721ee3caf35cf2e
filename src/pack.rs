//! The phrase lists' packing: a Burrows-Wheeler transform (its rotations sorted with the bytes
//! in [`SORT_ORDER`]), move-to-front (a byte found past
//! the second place moves to the second, as in MTF-1: about 0.2 KB smaller than to the
//! first), and the ranks coded with a small adaptive binary arithmetic coder. Shared by
//! `build.rs`, which packs the lists (`pack`), and by the engine, which unpacks them in the
//! wasm (`unpack`, see `src/engine/packed.rs`). The lists' text (157 KB) is about 49.8 KB gzip -9; packed
//! backwards, about 43.7 KB. Unpacking costs the first check about 10-20 ms in Chromium
//! (BENCHMARKS.md, "phrase lists packed").
//!
//! Packed: the text's length and the transform's primary index (u32 little-endian each), then
//! the coder's bytes.

/// The order the transform sorts bytes in: these first, in this order, then every other byte
/// by value. Text whose letters sort by value groups contexts that predict unlike bytes (a
/// vowel's next to a consonant's); in this order, found by a hill climb over the phrase lists
/// (each byte moved to each place while that packed them smaller; the digits', capitals' and
/// rare signs' places then left out), lists.bin is about 1.5 KB smaller.
const SORT_ORDER: &[u8] = b".aiq'oyurvxcspjfntldzgbkmh)we- (\n[|*<]>";

/// Each byte's rank in the transform's sort (see [`SORT_ORDER`]).
fn sort_ranks() -> [u8; 256] {
    let mut rank = [0u8; 256];
    let mut listed = [false; 256];
    for (i, &byte) in SORT_ORDER.iter().enumerate() {
        rank[usize::from(byte)] = i as u8;
        listed[usize::from(byte)] = true;
    }
    let unlisted = (0..256).filter(|&byte| !listed[byte]);
    for (i, byte) in unlisted.enumerate() {
        rank[byte] = (SORT_ORDER.len() + i) as u8;
    }
    rank
}

/// The adaptive probabilities, each of a one bit as two estimates (a fast and a slow one) out
/// of 65536, for three kinds of decision: is the rank 0 (by the run of zeros so far and the last
/// two ranks), how many bits the rank has (unary; by nothing else: a context of the last rank
/// packed about 0.2 KB larger), and those bits below its top one.
struct Model {
    zero: [[u16; 2]; 64],
    length: [[u16; 2]; 8],
    bits: [[u16; 2]; 9 * 128],
}

impl Model {
    fn new() -> Self {
        Model {
            zero: [[32768; 2]; 64],
            length: [[32768; 2]; 8],
            bits: [[32768; 2]; 9 * 128],
        }
    }
}

/// The probability (of 4096, odd, so never 0 nor 4096) that the bit is a one.
fn p(state: &[u16; 2]) -> u32 {
    (u32::from(state[0]) + u32::from(state[1])) >> 5 | 1
}

/// Each estimate moved towards the bit by a 16th and a 256th of the way: it stays in 0..=65535.
fn update(state: &mut [u16; 2], bit: bool) {
    let target: i32 = if bit { 65535 } else { 0 };
    let (fast, slow) = (i32::from(state[0]), i32::from(state[1]));
    state[0] = (fast + ((target - fast) >> 4)) as u16;
    state[1] = (slow + ((target - slow) >> 8)) as u16;
}

/// Codes one decision: [`Encoder`] writes the bit it is given, [`Decoder`] reads it.
trait Coder {
    fn code(&mut self, state: &mut [u16; 2], bit: bool) -> bool;
}

/// The ranks of move-to-front, each coded by the model: a rank's decisions and their contexts,
/// the same for packing and unpacking.
fn code_rank(
    coder: &mut impl Coder,
    model: &mut Model,
    history: &mut (usize, usize, usize),
    rank: u8,
) -> u8 {
    let (run, prev, prev2) = *history;
    let zero = &mut model.zero[run.min(7) * 8 + prev.min(2) * 2 + prev2.min(1)];
    let rank = if coder.code(zero, rank == 0) {
        history.0 = run + 1;
        0
    } else {
        history.0 = 0;
        let want = 8 - rank.leading_zeros() as usize;
        let mut length = 1;
        while length < 8 && coder.code(&mut model.length[length], length < want) {
            length += 1;
        }
        let mut node = 1usize;
        for k in (0..length - 1).rev() {
            let bit = coder.code(&mut model.bits[length * 128 + node], rank >> k & 1 == 1);
            node = node * 2 + usize::from(bit);
        }
        // `node` holds the rank's bits under a leading one.
        node as u8
    };
    history.2 = prev;
    history.1 = usize::from(rank);
    rank
}

/// The coder's interval, narrowed the same way when packing and unpacking.
struct Interval {
    low: u32,
    high: u32,
}

impl Interval {
    fn new() -> Self {
        Interval {
            low: 0,
            high: u32::MAX,
        }
    }

    /// Splits the interval at the bit's estimate, keeps the side of the bit that `pick`
    /// gives for the split point, and updates the estimate.
    fn narrow(&mut self, state: &mut [u16; 2], pick: impl FnOnce(u32) -> bool) -> bool {
        let mid = self.low + ((self.high - self.low) >> 12) * p(state);
        let bit = pick(mid);
        if bit {
            self.high = mid;
        } else {
            self.low = mid + 1;
        }
        update(state, bit);
        bit
    }

    /// Shifts out each top byte that `low` and `high` now agree on, handing it to `settled`.
    fn settle(&mut self, mut settled: impl FnMut(u8)) {
        while (self.low ^ self.high) & 0xff00_0000 == 0 {
            settled((self.high >> 24) as u8);
            self.low <<= 8;
            self.high = self.high << 8 | 255;
        }
    }
}

#[allow(dead_code)] // build.rs packs; the engine only unpacks (and packs in its tests).
struct Encoder {
    interval: Interval,
    out: Vec<u8>,
}

impl Coder for Encoder {
    fn code(&mut self, state: &mut [u16; 2], bit: bool) -> bool {
        self.interval.narrow(state, |_| bit);
        let out = &mut self.out;
        self.interval.settle(|byte| out.push(byte));
        bit
    }
}

struct Decoder<'a> {
    interval: Interval,
    x: u32,
    input: &'a [u8],
}

/// The next packed byte, or 0 past the end.
fn next_byte(input: &mut &[u8]) -> u32 {
    let (&first, rest) = input.split_first().unwrap_or((&0, &[]));
    *input = rest;
    u32::from(first)
}

impl Coder for Decoder<'_> {
    fn code(&mut self, state: &mut [u16; 2], _: bool) -> bool {
        let Decoder { interval, x, input } = self;
        let bit = interval.narrow(state, |mid| *x <= mid);
        interval.settle(|_| *x = *x << 8 | next_byte(input));
        bit
    }
}

/// Packs a text (see the module's docs).
#[allow(dead_code)] // build.rs packs; the engine only unpacks (and packs in its tests).
pub fn pack(text: &[u8]) -> Vec<u8> {
    let n = text.len();
    // The text backwards (each byte in the context of what follows it packs about 0.4 KB
    // smaller here), its rotations sorted: compared as slices of it twice over.
    let backwards: Vec<u8> = text.iter().rev().copied().collect();
    let twice = [&backwards[..], &backwards[..]].concat();
    let rank = sort_ranks();
    let ranked: Vec<u8> = twice.iter().map(|&byte| rank[usize::from(byte)]).collect();
    let mut rotations: Vec<usize> = (0..n).collect();
    rotations.sort_by(|&a, &b| ranked[a..a + n].cmp(&ranked[b..b + n]));
    let primary = rotations.iter().position(|&r| r == 0).unwrap_or(0);
    let mut out = Vec::new();
    out.extend_from_slice(&(n as u32).to_le_bytes());
    out.extend_from_slice(&(primary as u32).to_le_bytes());
    let mut encoder = Encoder {
        interval: Interval::new(),
        out,
    };
    let mut model = Model::new();
    let mut history = (0, 0, 0);
    let mut order: Vec<u8> = (0..=255).collect();
    for &r in &rotations {
        let byte = twice[r + n - 1];
        let rank = order.iter().position(|&b| b == byte).unwrap_or(0);
        let to = usize::from(rank > 1);
        order.copy_within(to..rank, to + 1);
        order[to] = byte;
        code_rank(&mut encoder, &mut model, &mut history, rank as u8);
    }
    // Enough of `low` that the decoder reads inside the last interval.
    encoder
        .out
        .extend_from_slice(&encoder.interval.low.to_be_bytes());
    encoder.out
}

/// Unpacks what [`pack`] packed; `None` if it is not such a text (too short, or an index out
/// of range). A corrupted one may unpack to other bytes: the caller checks what it needs.
pub fn unpack(packed: &[u8]) -> Option<Vec<u8>> {
    let word = |at: usize| -> Option<usize> {
        Some(u32::from_le_bytes(packed.get(at..at + 4)?.try_into().ok()?) as usize)
    };
    let (n, primary) = (word(0)?, word(4)?);
    if primary >= n.max(1) {
        return None;
    }
    let mut decoder = Decoder {
        interval: Interval::new(),
        x: 0,
        input: &packed[8..],
    };
    for _ in 0..4 {
        decoder.x = decoder.x << 8 | next_byte(&mut decoder.input);
    }
    let mut model = Model::new();
    let mut history = (0, 0, 0);
    let mut order: [u8; 256] = core::array::from_fn(|i| i as u8);
    // The last column of the sorted rotations, and where each byte's rows start in the first.
    let mut last = Vec::with_capacity(n);
    let mut starts = [0u32; 256];
    for _ in 0..n {
        let rank = usize::from(code_rank(&mut decoder, &mut model, &mut history, 0));
        let byte = order[rank];
        // Moved to the front from the second place, else to the second (by hand: most ranks
        // are small, and a copy is a call).
        let to = usize::from(rank > 1);
        for i in (to..rank).rev() {
            order[i + 1] = order[i];
        }
        order[to] = byte;
        last.push(byte);
        starts[usize::from(byte)] += 1;
    }
    // The first column holds the bytes in the transform's order.
    let mut by_rank = [0u8; 256];
    for (byte, rank) in sort_ranks().into_iter().enumerate() {
        by_rank[usize::from(rank)] = byte as u8;
    }
    let mut total = 0;
    for byte in by_rank {
        let start = &mut starts[usize::from(byte)];
        (*start, total) = (total, total + *start);
    }
    // Row `next[r]` holds the rotation one byte on from row `r`'s.
    let mut next = vec![0u32; n];
    for (row, &byte) in last.iter().enumerate() {
        let start = &mut starts[usize::from(byte)];
        next[*start as usize] = row as u32;
        *start += 1;
    }
    // From the text's first rotation, each next one: its last byte is the text's next.
    let mut row = primary;
    let mut text: Vec<u8> = (0..n)
        .map(|_| {
            row = next[row] as usize;
            last[row]
        })
        .collect();
    text.reverse();
    Some(text)
}
