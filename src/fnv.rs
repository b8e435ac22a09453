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

/// How many leading bits of a hash pick its bucket in a table of `len` hashes: about four
/// hashes a bucket. A sorted hash array with where each bucket begins is searched by reading
/// one bucket: a lookup in a process that has not read the table before touches a line or
/// two of it, where a binary search touches one per halving.
pub(crate) fn bucket_bits(len: usize) -> u32 {
    (len / 4).max(1).next_power_of_two().trailing_zeros()
}

/// The bucket of a hash among 2^`bits` (its leading bits; one bucket for 0 bits).
pub(crate) fn bucket(hash: u64, bits: u32) -> usize {
    hash.checked_shr(64 - bits).unwrap_or(0) as usize
}

/// Where each of the 2^`bits` buckets begins among these ascending hashes, and (last) where
/// they end.
pub(crate) fn bucket_starts(hashes: &[u64], bits: u32) -> Vec<u32> {
    (0..=1usize << bits)
        .map(|b| hashes.partition_point(|&h| bucket(h, bits) < b) as u32)
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_bucket_holds_exactly_the_hashes_that_begin_with_its_bits() {
        let mut hashes: Vec<u64> = (0..500u32).map(|i| super::hash(&i.to_le_bytes())).collect();
        hashes.extend([0, 0, 7, u64::MAX, u64::MAX, 1 << 63, 1 << 63]);
        hashes.sort_unstable();
        for len in [0, 1, 2, 7, hashes.len()] {
            let hashes = &hashes[..len];
            let bits = super::bucket_bits(len);
            let starts = super::bucket_starts(hashes, bits);
            assert_eq!(starts.len(), (1 << bits) + 1);
            assert_eq!(starts[1 << bits] as usize, len);
            for (i, &h) in hashes.iter().enumerate() {
                let b = super::bucket(h, bits);
                assert!(
                    (starts[b] as usize..starts[b + 1] as usize).contains(&i),
                    "{h} {len}"
                );
            }
        }
    }
}
