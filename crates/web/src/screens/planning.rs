//! The planning screen: what-if (change indicator scores with sliders or fields and see the
//! overall and level at once, via `whatif::apply_changes`), the gains list, and the shortest
//! path to a target (the core's planner).

use std::collections::BTreeMap;

use ita_core::foundation::number::{format_change, parse_score};
use ita_core::framework::for_year;
use ita_core::scoring::whatif::apply_changes;
use leptos::prelude::*;

use crate::components::Card;
use crate::i18n::ScreenTexts;
use crate::screens::planner_view::PlannerCard;
use crate::state::{use_screen_texts, use_store};

#[component]
pub fn PlanningScreen() -> impl IntoView {
    let (store, t) = use_screen_texts();
    let has_indicators = move || {
        store.assessment.with(|a| {
            a.as_ref()
                .is_some_and(|a| (1..=10).any(|n| a.value(&n.to_string()).is_some()))
        })
    };
    view! {
        <h2 class="screen-title">{move || t().nav_planning}</h2>
        <Show
            when=has_indicators
            fallback=move || view! { <p class="notice">{t().needs_scores}</p> }
        >
            {move || {
                let _ = store.year.get();
                view! { <WhatIfCard /> }
            }}
            <GainsCard />
            <PlannerCard />
        </Show>
    }
}

#[component]
fn WhatIfCard() -> impl IntoView {
    let (store, t) = use_screen_texts();
    let changes: RwSignal<BTreeMap<String, f64>> = RwSignal::new(BTreeMap::new());
    let result = Memo::new(move |_| {
        store.assessment.with(|a| {
            let a = a.as_ref()?;
            let fw = for_year(a.year).ok()?;
            changes.with(|c| apply_changes(fw, a, c).ok())
        })
    });
    let indicators = move || {
        store.with_scored(|fw, a| {
            fw.indicators()
                .iter()
                .filter_map(|i| {
                    let code = i.number.to_string();
                    a.value(&code)
                        .map(|v| (code.clone(), store.name_of(fw, &code), v))
                })
                .collect::<Vec<_>>()
        })
    };
    let summary = move || {
        let before = store
            .assessment
            .with(|a| a.as_ref().and_then(|a| a.overall));
        result.with(|r| {
            let r = r.as_ref()?;
            let after = r.overall?;
            let level = r.level.as_ref().map(|l| l.name.clone()).unwrap_or_default();
            let passed = r.level.as_ref().is_some_and(|l| l.passed);
            let delta = before.map(|b| format_change(after - b, store.digits()));
            Some((store.score(after), level, passed, delta))
        })
    };
    view! {
        <Card id="whatif-title" title=move || t().whatif_title>
            <p class="help">{move || t().whatif_help}</p>
            <div class="whatif-result" role="status" aria-live="polite" data-testid="whatif-result">
                {move || {
                    summary()
                        .map(|(overall, level, passed, delta)| {
                            view! {
                                <span class="whatif-label">{t().whatif_result}</span>
                                <span class="big">{overall}</span>
                                {delta.map(|d| view! { <span class="delta">{format!("({d})")}</span> })}
                                <span class="big">{level}</span>
                                <span class=if passed { "tag pass" } else { "tag fail" }>
                                    {crate::present::verdict(t(), passed)}
                                </span>
                            }
                        })
                }}
            </div>
            <div class="whatif-list">
                {move || {
                    indicators()
                        .into_iter()
                        .map(|(code, name, original)| {
                            view! { <WhatIfRow code=code name=name original=original changes=changes /> }
                        })
                        .collect_view()
                }}
            </div>
            <p>
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| changes.set(BTreeMap::new())
                    disabled=move || changes.with(BTreeMap::is_empty)
                >
                    {move || t().whatif_reset}
                </button>
                " "
                <span class="muted">
                    {move || store.digits_in(&(t().whatif_changed)(changes.with(BTreeMap::len)))}
                </span>
            </p>
        </Card>
    }
}

/// One indicator's slider and field.
///
/// Props: `code`, `name` (label), `original` (the saved score), `changes` (the what-if map).
#[component]
fn WhatIfRow(
    code: String,
    name: String,
    original: f64,
    changes: RwSignal<BTreeMap<String, f64>>,
) -> impl IntoView {
    let store = use_store();
    let id = format!("whatif-{code}");
    let value = {
        let code = code.clone();
        move || changes.with(|c| c.get(&code).copied()).unwrap_or(original)
    };
    let draft = RwSignal::new(None::<String>);
    let set = {
        let code = code.clone();
        move |v: f64| {
            changes.update(|c| {
                if (v - original).abs() < 1e-9 {
                    c.remove(&code);
                } else {
                    c.insert(code.clone(), v);
                }
            })
        }
    };
    let set2 = set.clone();
    let shown = {
        let value = value.clone();
        move || draft.get().unwrap_or_else(|| store.score(value()))
    };
    let value2 = value.clone();
    view! {
        <div class="whatif-row">
            <label for=id.clone()>{name.clone()}</label>
            <input
                id=id.clone()
                type="range"
                min="0"
                max="100"
                step="0.01"
                prop:value=move || value2().to_string()
                on:input=move |ev| {
                    if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                        draft.set(None);
                        set(v);
                    }
                }
            />
            <input
                type="text"
                inputmode="decimal"
                class="whatif-number"
                aria-label=format!("{} ({})", name, store.tr::<ScreenTexts>().score)
                prop:value=shown
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    if let Ok(Some(v)) = parse_score(&text, "") {
                        set2(v);
                    }
                    draft.set(Some(text));
                }
                on:blur=move |_| {
                    let _ = draft.try_set(None);
                }
            />
        </div>
    }
}

#[component]
fn GainsCard() -> impl IntoView {
    let (store, t) = use_screen_texts();
    let gains = move || {
        store.with_scored(|fw, a| {
            let mut out: Vec<(String, f64)> = crate::present::gains_worth_showing(fw, a)
                .map(|g| (store.name_of(fw, &g.code), g.gain))
                .collect();
            out.truncate(10);
            out
        })
    };
    view! {
        <Card id="gains-title" title=move || t().gains_title>
            <p class="help">{move || store.digits_in(t().gains_help)}</p>
            <div class="table-scroll" tabindex="0">
                <table class="results-table" data-testid="gains">
                    <thead>
                        <tr>
                            <th scope="col">{move || t().indicator}</th>
                            <th scope="col" class="num">{move || t().gain}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            gains()
                                .into_iter()
                                .map(|(name, g)| {
                                    view! {
                                        <tr>
                                            <th scope="row">{name}</th>
                                            <td class="num">{format_change(g, store.digits())}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
            </div>
        </Card>
    }
}
