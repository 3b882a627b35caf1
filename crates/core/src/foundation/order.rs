//! A stable sort for the engine's short lists (warnings, ranked indicators, a tool's
//! questions: tens of items). std's stable sort is monomorphised into ≈ 3 KB of driftsort and
//! quicksort per element type; this insertion sort is a few hundred bytes and gives the same
//! order (both are stable), which matters for the calculator's wasm (docs/SIZE.md).

use std::cmp::Ordering;

/// Sort `v` stably by `cmp`: equal elements keep their order, as with `slice::sort_by`.
/// Quadratic: for lists of at most a few hundred items.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        // Move v[i] left past every element greater than it (never past an equal one).
        while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sort `v` stably by a key computed once per element, as `slice::sort_by_cached_key`.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    let mut keyed: Vec<(K, T)> = v.drain(..).map(|t| (key(&t), t)).collect();
    sort_by(&mut keyed, |a, b| a.0.cmp(&b.0));
    v.extend(keyed.into_iter().map(|(_, t)| t));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_order_as_std_stable_sort() {
        // Pseudo-random lists with many equal keys: the payload tells equal keys apart.
        let mut seed = 12345u64;
        for len in 0..60 {
            let list: Vec<(u8, usize)> = (0..len)
                .map(|i| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 60) as u8, i)
                })
                .collect();
            let mut ours = list.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = list.clone();
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std);
            let mut keyed = list.clone();
            sort_by_key(&mut keyed, |x| std::cmp::Reverse(x.0));
            let mut std_keyed = list.clone();
            std_keyed.sort_by_key(|x| std::cmp::Reverse(x.0));
            assert_eq!(keyed, std_keyed);
        }
    }
}
