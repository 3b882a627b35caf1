//! The presenter view: the results of the chosen year one step at a time, in large type, for a
//! projector or a shared screen — overall → tools → indicators → weak points → what-if →
//! measures. Next/previous buttons, the arrow keys (also Page Up/Down, Home/End), Esc leaves.

use ita_core::foundation::number::Digits;
use ita_core::framework::for_year;
use leptos::prelude::*;

use crate::charts::{Bar, BarStyle, ChartSpec, Row};
use crate::components::BarChart;
use crate::i18n::WorkshopTexts;
use crate::present;
use crate::state::{use_screen_texts, use_store, Store};

/// The steps, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Overall,
    Tools,
    Indicators,
    Weak,
    WhatIf,
    Measures,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::Overall,
        Step::Tools,
        Step::Indicators,
        Step::Weak,
        Step::WhatIf,
        Step::Measures,
    ];

    fn title(self, store: Store) -> &'static str {
        let w = store.tr::<WorkshopTexts>();
        match self {
            Step::Overall => w.step_overall,
            Step::Tools => w.step_tools,
            Step::Indicators => w.step_indicators,
            Step::Weak => w.step_weak,
            Step::WhatIf => w.step_whatif,
            Step::Measures => w.step_measures,
        }
    }
}

/// The step after a key press, if the key moves.
pub fn step_for_key(key: &str, current: usize) -> Option<usize> {
    let last = Step::ALL.len() - 1;
    match key {
        "ArrowRight" | "PageDown" | " " => Some((current + 1).min(last)),
        "ArrowLeft" | "PageUp" => Some(current.saturating_sub(1)),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

/// Props: `on_close` — called when the user leaves (button or Esc).
#[component]
pub fn Presenter(on_close: Callback<()>) -> impl IntoView {
    let store = use_store();
    let w = move || store.tr::<WorkshopTexts>();
    let step = RwSignal::new(0usize);
    let dialog = NodeRef::<leptos::html::Div>::new();

    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            on_close.run(());
            return;
        }
        // Keys typed into a form field are not navigation.
        let in_field = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if in_field {
            return;
        }
        if let Some(next) = step_for_key(&ev.key(), step.get_untracked()) {
            ev.prevent_default();
            step.set(next);
        }
    });
    // The page under the presenter does not scroll.
    if let Some(body) = document().body() {
        let _ = body.class_list().add_1("presenter-open");
    }
    on_cleanup(move || {
        handle.remove();
        if let Some(body) = document().body() {
            let _ = body.class_list().remove_1("presenter-open");
        }
    });
    Effect::new(move |_| {
        if let Some(d) = dialog.get() {
            let _ = d.focus();
        }
    });

    let heading = move || {
        let agency = store.agency.get().map(|a| a.name).unwrap_or_default();
        let year = store
            .year
            .get()
            .map(|y| store.year_text(y))
            .unwrap_or_default();
        format!("{agency} · {year}")
    };
    let total = Step::ALL.len();

    view! {
        <div
            class="presenter"
            role="dialog"
            aria-modal="true"
            aria-labelledby="presenter-step-title"
            tabindex="-1"
            node_ref=dialog
            data-testid="presenter"
        >
            <header class="presenter-head">
                <p class="presenter-context">{heading}</p>
                <p class="presenter-count" data-testid="presenter-count">
                    {move || (w().step_of)(step.get() + 1, total)}
                </p>
                <button
                    type="button"
                    class="presenter-close"
                    data-testid="presenter-close"
                    on:click=move |_| on_close.run(())
                >
                    {move || w().close}
                </button>
            </header>
            // Focusable: a step taller than the screen scrolls, and keyboard users scroll it.
            <div
                class="presenter-body"
                role="region"
                aria-labelledby="presenter-step-title"
                tabindex="0"
            >
                <h2 id="presenter-step-title" data-testid="presenter-title">
                    {move || Step::ALL[step.get()].title(store)}
                </h2>
                {move || {
                    if store.assessment.with(|a| a.is_none()) {
                        return view! { <p class="presenter-big">{w().no_scores}</p> }.into_any();
                    }
                    match Step::ALL[step.get()] {
                        Step::Overall => view! { <OverallStep /> }.into_any(),
                        Step::Tools => view! { <ToolsStep /> }.into_any(),
                        Step::Indicators => view! { <IndicatorsStep /> }.into_any(),
                        Step::Weak => view! { <WeakStep /> }.into_any(),
                        Step::WhatIf => view! { <WhatIfStep /> }.into_any(),
                        Step::Measures => view! { <MeasuresStep /> }.into_any(),
                    }
                }}
            </div>
            <footer class="presenter-foot">
                <button
                    type="button"
                    data-testid="presenter-prev"
                    disabled=move || step.get() == 0
                    on:click=move |_| step.update(|s| *s = s.saturating_sub(1))
                >
                    {move || format!("← {}", w().prev)}
                </button>
                <ol class="presenter-dots" aria-hidden="true">
                    {(0..total)
                        .map(|i| {
                            view! { <li class:current=move || step.get() == i></li> }
                        })
                        .collect_view()}
                </ol>
                <button
                    type="button"
                    class="primary"
                    data-testid="presenter-next"
                    disabled=move || step.get() + 1 == total
                    on:click=move |_| step.update(|s| *s = (*s + 1).min(total - 1))
                >
                    {move || format!("{} →", w().next)}
                </button>
            </footer>
        </div>
    }
}

#[component]
fn OverallStep() -> impl IntoView {
    let (store, t) = use_screen_texts();
    let a = store.assessment.get_untracked();
    let overall = present::score_or_dash(t(), a.as_ref().and_then(|a| a.overall), store.digits());
    let level = present::or_dash(
        t(),
        a.as_ref()
            .and_then(|a| a.level.as_ref())
            .map(|l| l.name.clone()),
    );
    let passed = a.as_ref().and_then(|a| a.passed());
    view! {
        <dl class="presenter-figures">
            <div>
                <dt>{t().overall}</dt>
                <dd class="presenter-huge" data-testid="presenter-overall">{overall}</dd>
            </div>
            <div>
                <dt>{t().level}</dt>
                <dd class="presenter-huge" data-testid="presenter-level">{level}</dd>
            </div>
            <div>
                <dt>{t().verdict}</dt>
                <dd class=if passed == Some(true) { "presenter-big pass" } else { "presenter-big fail" }>
                    {present::verdict_or_dash(t(), passed)}
                </dd>
            </div>
        </dl>
    }
}

#[component]
fn ToolsStep() -> impl IntoView {
    let (store, t) = use_screen_texts();
    let rows = move || {
        store
            .tool_values()
            .into_iter()
            .map(|(tool, v)| (tool.code.clone(), tool.weight, v))
            .collect::<Vec<_>>()
    };
    let spec = Signal::derive(move || {
        let Some(mark) = store.framework().map(|fw| fw.pass_mark()) else {
            return ChartSpec::default();
        };
        let digits = store.digits();
        ChartSpec {
            rows: rows()
                .into_iter()
                .map(|(code, weight, v)| {
                    let passed = v.map(|v| ita_core::analysis::ranking::passes(v, mark));
                    Row {
                        label: present::tool_label(&code, weight, digits),
                        bars: vec![Bar {
                            value: v,
                            style: BarStyle::of_verdict(passed),
                            // Pass/fail in words too, never by colour alone.
                            text: present::or_dash(
                                t(),
                                v.zip(passed)
                                    .map(|(v, p)| present::score_and_verdict(t(), v, p, digits)),
                            ),
                        }],
                    }
                })
                .collect(),
            pass_line: Some(present::pass_line(store.lang(), mark, digits)),
            thai_digits: digits == Digits::Thai,
        }
    });
    let columns = Signal::derive(move || vec![t().tool.to_string(), t().score.to_string()]);
    let table = Signal::derive(move || {
        rows()
            .into_iter()
            .map(|(c, _, v)| vec![c, present::score_or_dash(t(), v, store.digits())])
            .collect::<Vec<_>>()
    });
    view! {
        <ul class="presenter-tools">
            {rows()
                .into_iter()
                .map(|(code, _, v)| {
                    view! {
                        <li>
                            <span class="presenter-code">{code}</span>
                            <span class="presenter-big">
                                {present::score_or_dash(t(), v, store.digits())}
                            </span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <BarChart
            spec=spec
            title=Signal::derive(move || t().chart_tools.to_string())
            columns=columns
            table=table
        />
    }
}

#[component]
fn IndicatorsStep() -> impl IntoView {
    let (store, t) = use_screen_texts();
    let spec = Signal::derive(move || {
        store.with_analysed(|fw, _, an| {
            crate::present::indicator_chart(fw, an, store.lang(), store.digits())
        })
    });
    let columns = Signal::derive(move || vec![t().indicator.to_string(), t().score.to_string()]);
    let table = Signal::derive(move || {
        spec.with(|s| {
            s.rows
                .iter()
                .map(|r| {
                    vec![
                        r.label.clone(),
                        r.bars.first().map(|b| b.text.clone()).unwrap_or_default(),
                    ]
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <BarChart
            spec=spec
            title=Signal::derive(move || t().chart_indicators.to_string())
            columns=columns
            table=table
            testid="presenter-indicator-chart"
        />
    }
}

#[component]
fn WeakStep() -> impl IntoView {
    let store = use_store();
    let w = store.tr::<WorkshopTexts>();
    let items = store.assessment.with_untracked(|a| {
        store.analysis.with_untracked(|an| {
            let (Some(a), Some(an)) = (a, an) else {
                return Vec::new();
            };
            let Ok(fw) = for_year(a.year) else {
                return Vec::new();
            };
            an.weaknesses
                .iter()
                .filter_map(|&n| {
                    let r = an.indicator(n)?;
                    let findings: Vec<String> = an
                        .findings
                        .get(&n)
                        .map(|f| {
                            f.iter()
                                .take(3)
                                .map(|f| {
                                    format!("{} {}", store.digits_in(&f.code), store.score(f.value))
                                })
                                .collect()
                        })
                        .unwrap_or_default();
                    Some((
                        store.name_of(fw, &n.to_string()),
                        store.score(r.value),
                        findings,
                    ))
                })
                .collect::<Vec<_>>()
        })
    });
    if items.is_empty() {
        return view! { <p class="presenter-big">{w.no_weak}</p> }.into_any();
    }
    view! {
        <ol class="presenter-list" data-testid="presenter-weak">
            {items
                .into_iter()
                .map(|(name, value, findings)| {
                    let has = !findings.is_empty();
                    view! {
                        <li>
                            <span class="presenter-item">{name}</span>
                            <span class="presenter-value fail">{value}</span>
                            {has
                                .then(|| {
                                    view! {
                                        <p class="presenter-sub">
                                            {format!("{}: {}", w.weak_items, findings.join(" · "))}
                                        </p>
                                    }
                                })}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
    .into_any()
}

#[component]
fn WhatIfStep() -> impl IntoView {
    let store = use_store();
    let w = store.tr::<WorkshopTexts>();
    let lines = store.assessment.with_untracked(|a| {
        let Some(a) = a else { return Vec::new() };
        let Ok(fw) = for_year(a.year) else {
            return Vec::new();
        };
        present::gains_worth_showing(fw, a)
            .take(5)
            .map(|g| {
                let name = if g.code.chars().all(|c| c.is_ascii_digit()) {
                    store.name_of(fw, &g.code)
                } else {
                    store.digits_in(&g.code)
                };
                (w.whatif_line)(&name, &store.score(g.value), &store.score(g.gain))
            })
            .collect::<Vec<_>>()
    });
    view! {
        <p class="presenter-sub">{w.whatif_intro}</p>
        {if lines.is_empty() {
            view! { <p class="presenter-big">{w.whatif_none}</p> }.into_any()
        } else {
            view! {
                <ol class="presenter-list" data-testid="presenter-whatif">
                    {lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                </ol>
            }
                .into_any()
        }}
    }
}

#[component]
fn MeasuresStep() -> impl IntoView {
    let store = use_store();
    let w = store.tr::<WorkshopTexts>();
    let own: Vec<String> = store
        .agency
        .get_untracked()
        .zip(store.year.get_untracked())
        .and_then(|(a, y)| a.years.get(&y).map(|r| r.plan.clone()))
        .unwrap_or_default()
        .into_iter()
        .map(|m| m.measure)
        .filter(|m| !m.trim().is_empty())
        .collect();
    let (drafted, measures) = if own.is_empty() {
        let draft: Vec<String> = crate::plan_tools::draft_plan(store)
            .unwrap_or_default()
            .into_iter()
            .map(|m| m.measure)
            .filter(|m| !m.trim().is_empty())
            .collect();
        (true, draft)
    } else {
        (false, own)
    };
    if measures.is_empty() {
        return view! { <p class="presenter-big">{w.measures_none}</p> }.into_any();
    }
    view! {
        {drafted.then(|| view! { <p class="presenter-sub">{w.measures_draft}</p> })}
        <ol class="presenter-list" data-testid="presenter-measures">
            {measures
                .into_iter()
                .take(6)
                .map(|m| view! { <li>{m}</li> })
                .collect_view()}
        </ol>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_move_within_the_steps() {
        assert_eq!(step_for_key("ArrowRight", 0), Some(1));
        assert_eq!(step_for_key("ArrowRight", 5), Some(5));
        assert_eq!(step_for_key("ArrowLeft", 0), Some(0));
        assert_eq!(step_for_key("End", 2), Some(5));
        assert_eq!(step_for_key("Home", 4), Some(0));
        assert_eq!(step_for_key("x", 4), None);
    }
}
