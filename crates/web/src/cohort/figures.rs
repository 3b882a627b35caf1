//! The year and the filters, and the figures of the cohort under them: the summary, the agencies
//! per level and the distribution (charts, with their data as tables), the weak indicators, the
//! agencies held back by one tool, the biggest changes and the engine's warnings.

use std::sync::Arc;

use ita_core::cohort::charts;
use ita_core::cohort::summary::{Change, CohortSummary};
use leptos::prelude::*;

use super::model::{self, Data};
use super::CohortState;
use crate::components::{BarChart, ResultsTable};
use crate::i18n::CohortTexts;
use crate::present::{Cell, Column};
use crate::state::{use_store, Store};

/// Rows of the long lists shown on the screen (the documents have them all).
const LISTED: usize = 20;

/// A `<select>` over `options` (value = label), with "all" first (the empty value).
fn choice(
    store: Store,
    id: &'static str,
    label: fn(Store) -> &'static str,
    options: Vec<String>,
    value: RwSignal<String>,
    state: CohortState,
) -> impl IntoView {
    let t = move || store.tr::<CohortTexts>();
    view! {
        <div class="field">
            <label for=id>{move || label(store)}</label>
            <select
                id=id
                data-testid=id
                prop:value=move || value.get()
                on:change=move |ev| {
                    state.page.set(0);
                    value.set(event_target_value(&ev));
                }
            >
                <option value="">{move || t().all}</option>
                {options
                    .into_iter()
                    .map(|o| {
                        let shown = if o.is_empty() { t().no_province.to_string() } else { o.clone() };
                        let selected = o.clone();
                        view! {
                            <option value=o selected=move || value.with(|v| *v == selected)>
                                {shown}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

#[component]
pub fn Filters(state: CohortState) -> impl IntoView {
    let store = use_store();
    let t = move || store.tr::<CohortTexts>();
    move || {
        let d: Arc<Data> = state.data.get()?;
        let years = d.years();
        let year_select = view! {
            <div class="field">
                <label for="cohort-year">{move || t().year}</label>
                <select
                    id="cohort-year"
                    data-testid="cohort-year"
                    prop:value=move || state.year.get().map(|y| y.to_string()).unwrap_or_default()
                    on:change=move |ev| {
                        state.page.set(0);
                        state.year.set(event_target_value(&ev).parse().ok());
                    }
                >
                    {years
                        .into_iter()
                        .rev()
                        .map(|y| {
                            view! {
                                <option value=y.to_string() selected=move || state.year.get() == Some(y)>
                                    {store.year_text(y)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        };
        Some(view! {
            <div class="cohort-filters" role="group" aria-label=t().view_label>
                {year_select}
                {choice(store, "cohort-province", |s| s.tr::<CohortTexts>().province, d.provinces.clone(), state.province, state)}
                {choice(store, "cohort-kind", |s| s.tr::<CohortTexts>().kind, d.kinds.clone(), state.kind, state)}
            </div>
        })
    }
}

#[component]
pub fn Figures(state: CohortState) -> impl IntoView {
    let store = use_store();
    move || {
        let s = state.summary.get()?;
        let d = state.data.get()?;
        Some(figures(store, &d, &s))
    }
}

fn figures(store: Store, d: &Data, s: &CohortSummary) -> impl IntoView {
    let t = store.tr::<CohortTexts>();
    let digits = store.digits();
    let dash = store.t().no_value;
    let n = |v: usize| store.digits_in(&v.to_string());
    let f = |v: Option<f64>| model::figure(v, digits, dash);
    let item = |label: String, value: String, id: &'static str| {
        view! {
            <div class="result-item">
                <dt>{label}</dt>
                <dd data-testid=id>{value}</dd>
            </div>
        }
    };
    let level_spec = charts::level_chart(s, digits);
    let levels = charts::level_rows(s, digits);
    let level_table = levels
        .into_iter()
        .map(|r| vec![Cell::Head(r.name), Cell::Num(r.count), Cell::Num(r.share)])
        .collect::<Vec<_>>();
    let cols = |labels: &[&str]| {
        labels
            .iter()
            .enumerate()
            .map(|(i, l)| Column {
                label: l.to_string(),
                num: i > 0,
            })
            .collect::<Vec<_>>()
    };
    let level_cols = cols(&[t.level, t.count, t.share]);
    let hist = charts::histogram_rows(s, digits, t.bin);
    let hist_spec = charts::histogram_chart(&hist, digits);
    let hist_table: Vec<Vec<String>> = hist
        .iter()
        .map(|r| {
            vec![
                r.label.clone(),
                n(r.count),
                model::figure(Some(r.share), digits, dash),
            ]
        })
        .collect();
    let name = |a: u32| d.scored.cohort.agencies[a as usize].name.clone();

    let weak = s
        .weak_indicators
        .iter()
        .map(|w| {
            vec![
                Cell::Head((t.indicator)(&n(w.number as usize))),
                Cell::Num(format!("{} / {}", n(w.below), n(w.known))),
                Cell::Num(f(Some(w.mean))),
            ]
        })
        .collect::<Vec<_>>();
    let held = s
        .held_back
        .iter()
        .take(LISTED)
        .map(|h| {
            vec![
                Cell::Head(name(h.agency)),
                Cell::Num(f(Some(h.overall))),
                Cell::Text((t.held_line)(&h.tool, &f(Some(h.score)), &h.level)),
            ]
        })
        .collect::<Vec<_>>();
    let change_rows = |list: &[Change]| {
        list.iter()
            .map(|c| {
                vec![
                    Cell::Head(name(c.agency)),
                    Cell::Num(f(Some(c.from))),
                    Cell::Num(f(Some(c.to))),
                    Cell::Num(ita_core::foundation::number::format_change(c.delta, digits)),
                ]
            })
            .collect::<Vec<_>>()
    };
    let changes = s.previous_year.map(|prev| {
        let y = store.digits_in(&prev.to_string());
        let this = store.digits_in(&s.year.to_string());
        let ccols = cols(&[t.agency, y.as_str(), this.as_str(), t.change]);
        view! {
            <h4>{(t.rises_title)(&y)}</h4>
            <ResultsTable columns=ccols.clone() rows=change_rows(&s.rises) />
            <h4>{(t.falls_title)(&y)}</h4>
            <ResultsTable columns=ccols rows=change_rows(&s.falls) />
        }
    });
    let fw = d.scored.year(s.year).map(|y| y.fw);
    let warnings: Vec<String> = s
        .warnings
        .iter()
        .take(LISTED)
        .filter_map(|(a, w)| {
            fw.map(|fw| format!("{}: {}", name(*a), w.message(fw, store.lang(), digits)))
        })
        .collect();

    view! {
        <section class="cohort-figures" aria-labelledby="cohort-figures-title">
            <h3 id="cohort-figures-title">{t.figures_title}</h3>
            <dl class="result">
                {item(t.agencies.into(), n(s.agencies), "cohort-agencies")}
                {item(t.scored.into(), n(s.scored), "cohort-scored")}
                {item(t.mean.into(), f(s.mean), "cohort-mean")}
                {item(t.median.into(), f(s.median), "cohort-median")}
                {item((t.pass_rate)(&f(Some(s.pass_mark))), f(s.pass_rate), "cohort-pass-rate")}
            </dl>
            <h4>{t.levels_title}</h4>
            <BarChart spec=level_spec title=t.levels_title.to_string() testid="cohort-level-chart" />
            <ResultsTable columns=level_cols rows=level_table caption=t.levels_title.to_string() />
            <h4>{t.histogram_title}</h4>
            <BarChart
                spec=hist_spec
                title=t.histogram_title.to_string()
                columns=vec![t.range.to_string(), t.count.to_string(), t.share.to_string()]
                table=hist_table
                testid="cohort-histogram"
            />
            <div class="cohort-more">
            <h4>{t.weak_title}</h4>
            {if weak.is_empty() {
                view! { <p>{t.none}</p> }.into_any()
            } else {
                view! { <ResultsTable columns=cols(&[t.weak_title, t.below, t.mean]) rows=weak /> }.into_any()
            }}
            <h4>{t.held_title}</h4>
            {if held.is_empty() {
                view! { <p>{t.none}</p> }.into_any()
            } else {
                view! { <ResultsTable columns=cols(&[t.agency, t.overall, t.held_title]) rows=held /> }.into_any()
            }}
            {(s.held_back.len() > LISTED).then(|| view! {
                <p class="muted">{(t.listed_of)(&n(LISTED), &n(s.held_back.len()))}</p>
            })}
            {changes}
            {(!warnings.is_empty()).then(|| view! {
                <details class="cohort-warnings">
                    <summary>{(t.warnings_title)(&n(s.warnings.len()))}</summary>
                    <ul>{warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
                </details>
            })}
            </div>
        </section>
    }
}
