use ita_core::framework::{for_year, NodeKind};
use ita_core::planner::{plan, PlanOptions, Target};
use ita_core::{assess, AssessOptions, Scores};
#[test]
fn nodes() {
    let mut worst = (0u64, String::new());
    let t0 = std::time::Instant::now();
    let mut unproven = 0;
    for year in [2565u16, 2568, 2569] {
        let fw = for_year(year).unwrap();
        for seed in 0..40u64 {
            let mut x = seed.wrapping_mul(2654435761) + 7;
            let mut s = Scores::default();
            let mut efforts = std::collections::BTreeMap::new();
            for n in &fw.nodes {
                if n.children.is_empty() && matches!(n.kind, NodeKind::Question | NodeKind::SubItem) {
                    x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    let r = (x >> 33) % 10000;
                    let v = if seed % 2 == 0 { 70.0 + r as f64 * 0.003 } else { r as f64 / 100.0 };
                    s.insert(&n.code, v);
                    let e = match std::env::var("EFF").as_deref() { Ok("int") => (1 + r % 5) as f64, Ok("real") => 0.5 + (r % 1000) as f64 / 100.0, _ => 1.0 };
                    efforts.insert(n.code.clone(), e);
                }
            }
            let a = assess(fw, year, &s, &AssessOptions::default());
            let mut targets = vec![Target::Score(85.0), Target::Score(95.0), Target::Score(99.0), Target::NextLevel];
            targets.extend(fw.file.rating.levels.iter().map(|l| Target::Level(l.name.clone())));
            for t in &targets {
                for oit_first in [true, false] {
                    let p = plan(fw, &a, t, &PlanOptions { oit_first, efforts: efforts.clone(), ..Default::default() }).unwrap();
                    if !p.proven_optimal { unproven += 1; }
                    if p.nodes > worst.0 { worst = (p.nodes, format!("{year} {seed} {t:?} {oit_first} proven={} steps={}", p.proven_optimal, p.steps.len())); }
                }
            }
        }
    }
    println!("worst {:?} in {:?} eff={:?} unproven={unproven}", worst, t0.elapsed(), std::env::var("EFF"));
}
