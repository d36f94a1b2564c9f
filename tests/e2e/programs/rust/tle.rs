use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};

static COUNTER: AtomicU64 = AtomicU64::new(0);

fn main() {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).unwrap();
    let v: Vec<i64> = input.split_whitespace().map(|t| t.parse().unwrap()).collect();
    // Effectively forever: 2^64 atomic increments.
    while COUNTER.fetch_add(1, Ordering::Relaxed) != u64::MAX {}
    println!("{}", v[0] + v[1]);
}
