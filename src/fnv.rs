//! A 64-bit FNV-1a hash: the same in every build and on every machine (the standard
//! library's is not promised to be), for what is written to disk (a resumable run's journal)
//! and for short keys hashed on a hot path.

/// A hash being built.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    pub(crate) fn add(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    pub(crate) fn finish(self) -> u64 {
        self.0
    }
}

/// The hash of some bytes.
pub(crate) fn hash(bytes: &[u8]) -> u64 {
    let mut fnv = Fnv::default();
    fnv.add(bytes);
    fnv.finish()
}

/// The bucket of a hash among 2^`bits` (its leading bits; one bucket for 0 bits).
pub(crate) fn bucket(hash: u64, bits: u32) -> usize {
    hash.checked_shr(64 - bits).unwrap_or(0) as usize
}

/// Where `hash` belongs among `len` ascending hashes (`at(i)` reads the i-th): the first
/// place whose hash is not below it. FNV hashes spread evenly over the u64 range, so the
/// search starts where that spread puts the hash and widens from there: it reads a page or
/// two of a large table instead of one per halving, which matters in a process that
/// touches each page for the first time.
pub(crate) fn position(len: usize, hash: u64, at: impl Fn(usize) -> u64) -> usize {
    let guess = ((u128::from(hash) * len as u128) >> 64) as usize;
    // Everything before `low` is below the hash; nothing from `high` on is.
    let (mut low, mut high);
    let mut step = 1;
    if guess < len && at(guess) < hash {
        low = guess + 1;
        loop {
            high = (low + step).min(len);
            if high == len || at(high) >= hash {
                break;
            }
            low = high + 1;
            step *= 2;
        }
    } else {
        high = guess;
        loop {
            low = high.saturating_sub(step);
            if low == 0 || at(low) < hash {
                break;
            }
            high = low;
            step *= 2;
        }
    }
    while low < high {
        let middle = low + (high - low) / 2;
        if at(middle) < hash {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    low
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_hash_is_placed_where_a_binary_search_places_it() {
        let hashes: Vec<u64> = {
            let mut h: Vec<u64> = (0..500u32).map(|i| super::hash(&i.to_le_bytes())).collect();
            h.extend([0, 0, 7, u64::MAX, u64::MAX, 1 << 63, 1 << 63]);
            h.sort_unstable();
            h
        };
        let probes = hashes
            .iter()
            .flat_map(|&h| [h, h.wrapping_sub(1), h.wrapping_add(1)]);
        for hash in probes.chain([0, 1, u64::MAX - 1]) {
            for len in [0, 1, 2, 7, hashes.len()] {
                let slice = &hashes[..len];
                let expected = slice.partition_point(|&h| h < hash);
                assert_eq!(
                    super::position(len, hash, |i| slice[i]),
                    expected,
                    "{hash} {len}"
                );
            }
        }
    }
}
