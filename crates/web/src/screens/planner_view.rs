//! The planner card: the shortest path to a chosen target (the core's `planner::plan`):
//! the pass mark, 95, the next level, or any rating level of the year's framework.

use ita_core::framework::for_year;
use ita_core::planner::{plan, PlanOptions, PlanStatus, Target};
use leptos::prelude::*;

use crate::components::Card;
use crate::state::use_screen_texts;

#[component]
pub fn PlannerCard() -> impl IntoView {
    let (store, t) = use_screen_texts();
    let target = RwSignal::new("pass".to_string());
    let levels = move || {
        store
            .framework()
            .map(|fw| {
                fw.file
                    .rating
                    .levels
                    .iter()
                    .map(|l| l.name.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let result = Memo::new(move |_| {
        let choice = target.get();
        store.assessment.with(|a| {
            let a = a.as_ref()?;
            let fw = for_year(a.year).ok()?;
            let tgt = match choice.as_str() {
                "pass" => Target::PassMark,
                "next" => Target::NextLevel,
                "95" => Target::Score(95.0),
                other => Target::Level(other.trim_start_matches("level:").to_string()),
            };
            Some(plan(fw, a, &tgt, &PlanOptions::default()).map_err(|e| e.message(store.lang())))
        })
    });
    let view_result = move || {
        let fw = store.framework()?;
        let lang = store.lang();
        let digits = store.digits();
        Some(match result.get()? {
            Err(message) => view! { <p class="notice">{message}</p> }.into_any(),
            Ok(p) => {
                let status = match p.status {
                    PlanStatus::AlreadyReached => t().planner_reached,
                    PlanStatus::Reachable => t().planner_steps,
                    PlanStatus::Unreachable => t().planner_unreachable,
                };
                let after = crate::present::score_or_dash(t(), p.after.overall, store.digits());
                let after_level = p
                    .after
                    .level
                    .as_ref()
                    .map(|l| l.name.clone())
                    .unwrap_or_default();
                view! {
                    <p>{p.goal.describe(lang, digits)}</p>
                    <p class="planner-status">{status}</p>
                    <p class="whatif-result" role="status" aria-live="polite">
                        <span class="whatif-label">{t().whatif_result}</span>
                        <span class="big">{after}</span>
                        <span class="big">{after_level}</span>
                    </p>
                    {(!p.steps.is_empty())
                        .then(|| {
                            view! {
                                <div class="table-scroll" tabindex="0">
                                    <table class="results-table" data-testid="planner-steps">
                                        <thead>
                                            <tr>
                                                <th scope="col">{t().indicator}</th>
                                                <th scope="col" class="num">{t().score}</th>
                                                <th scope="col" class="num">{t().gain}</th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            {p
                                                .steps
                                                .iter()
                                                .map(|s| {
                                                    view! {
                                                        <tr>
                                                            <th scope="row">{store.name_of(fw, &s.code)}</th>
                                                            <td class="num">
                                                                {format!(
                                                                    "{} → {}",
                                                                    store.score(s.value),
                                                                    store.score(100.0),
                                                                )}
                                                            </td>
                                                            <td class="num">
                                                                {ita_core::foundation::number::format_change(s.gain, digits)}
                                                            </td>
                                                        </tr>
                                                    }
                                                })
                                                .collect_view()}
                                        </tbody>
                                    </table>
                                </div>
                            }
                        })}
                }
                    .into_any()
            }
        })
    };
    view! {
        <Card id="planner-title" title=move || t().planner_title>
            <p class="help">{move || t().planner_help}</p>
            <div class="field">
                <label for="planner-target">{move || t().target}</label>
                <select
                    id="planner-target"
                    data-testid="planner-target"
                    on:change=move |ev| target.set(event_target_value(&ev))
                >
                    <option value="pass" selected=move || target.get() == "pass">
                        {move || {
                            let mark = store.framework().map(|fw| store.score(fw.pass_mark()));
                            (t().pass_mark)(&mark.unwrap_or_default())
                        }}
                    </option>
                    <option value="95" selected=move || target.get() == "95">
                        {move || store.score(95.0)}
                    </option>
                    <option value="next" selected=move || target.get() == "next">
                        {move || t().target_next_level}
                    </option>
                    {move || {
                        levels()
                            .into_iter()
                            .map(|l| {
                                let v = format!("level:{l}");
                                let v2 = v.clone();
                                view! {
                                    <option value=v selected=move || target.get() == v2>
                                        {format!("{} {l}", t().level)}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
            {view_result}
        </Card>
    }
}
