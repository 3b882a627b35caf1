//! The analysis screen: tool scores with their weights, the ten indicators (ranked, pass/fail),
//! urgent weaknesses and points to develop, the questions or items to improve, the comparison
//! with the previous year, the core's warnings and the framework's provisional notes — with
//! the charts. Everything is a view of the store's memos, so it follows every edit at once.

use ita_core::analysis::year_over_year::compare;
use ita_core::foundation::number::{format_change, Digits};
use ita_core::framework::{for_year, Framework};
use ita_core::{Assessment, Lang};
use leptos::prelude::*;

use crate::charts::{Bar, BarStyle, ChartSpec, Row};
use crate::components::{BarChart, BelowTheFold, Card, ResultsTable};
use crate::present::{self, Cell, Column};
use crate::state::{use_screen_texts, Store};

#[component]
pub fn AnalysisScreen() -> impl IntoView {
    let (store, t) = use_screen_texts();
    view! {
        <h2 class="screen-title">{move || super::year_title(store, t().analysis_title, t().nav_analysis)}</h2>
        <Show
            when=move || store.has_scores()
            fallback=move || view! { <p class="notice">{t().no_scores_yet}</p> }
        >
            <Warnings />
            <IndicatorsCard />
            // Below the indicators: off screen unless the page is scrolled down to them.
            <BelowTheFold>
                <ToolsCard />
                <WeakStrongCard />
                <FindingsCard />
                <YearOverYearCard />
                <ProvisionalCard />
            </BelowTheFold>
        </Show>
    }
}

fn fw_of(a: &Assessment) -> Option<&'static Framework> {
    for_year(a.year).ok()
}

/// An indicator's name ("ตัวชี้วัดที่ ๖ …") in the chosen language and digits, as the charts
/// write it.
fn indicator_name(fw: &Framework, n: u8, store: Store) -> String {
    store.name_of(fw, &n.to_string())
}

#[component]
fn IndicatorsCard() -> impl IntoView {
    let (store, t) = use_screen_texts();
    let spec = Signal::derive(move || {
        store.with_analysed(|fw, _, an| {
            present::indicator_chart(fw, an, store.lang(), store.digits())
        })
    });
    let pass_mark = move || {
        store
            .analysis
            .with(|an| an.as_ref().map(|an| an.pass_mark))
            .map(|m| (t().pass_mark)(&store.score(m)))
            .unwrap_or_default()
    };
    view! {
        <Card id="indicators-result-title" title=move || t().chart_indicators>
            <p class="legend">
                <span class="key key-pass" aria-hidden="true"></span>
                {move || t().legend_pass}
                <span class="key key-fail" aria-hidden="true"></span>
                {move || t().legend_fail}
                <span class="key key-line" aria-hidden="true"></span>
                {pass_mark}
            </p>
            <BarChart
                spec=spec
                title=Signal::derive(move || t().chart_indicators.to_string())
                testid="indicator-chart"
            />
            // The table under the chart is below the fold but on the tallest screens.
            <BelowTheFold>
                <RankedTable />
            </BelowTheFold>
        </Card>
    }
}

/// The indicators ranked, with their tools, scores and results (the chart's text alternative).
#[component]
fn RankedTable() -> impl IntoView {
    let (store, t) = use_screen_texts();
    let ranked = move || {
        store.with_analysed(|fw, _, an| {
            an.ranked
                .iter()
                .enumerate()
                .map(|(k, r)| {
                    vec![
                        Cell::Text(store.digits_in(&(k + 1).to_string())),
                        Cell::Head(indicator_name(fw, r.number, store)),
                        Cell::Text(r.tool.clone()),
                        Cell::Num(store.score(r.value)),
                        present::verdict_cell(t(), r.passed),
                    ]
                })
                .collect::<Vec<_>>()
        })
    };
    let columns = Signal::derive(move || {
        vec![
            Column::text(t().rank),
            Column::text(t().indicator),
            Column::text(t().tool),
            Column::num(t().score),
            Column::text(t().result),
        ]
    });
    view! {
        <ResultsTable
            caption=Signal::derive(move || t().indicators_table.to_string())
            columns=columns
            rows=Signal::derive(ranked)
        />
    }
}

#[component]
fn ToolsCard() -> impl IntoView {
    let (store, t) = use_screen_texts();
    // The core's tool chart (the analysis report draws the same).
    let spec = Signal::derive(move || {
        store.with_scored(|fw, a| ita_core::report::charts::tool_chart(fw, a, store.digits()))
    });
    let columns = Signal::derive(move || {
        vec![
            Column::text(t().tool),
            Column::num(t().weight),
            Column::num(t().score),
            Column::num(t().weighted_points),
        ]
    });
    // Code and name, weight %, value, weighted points.
    let rows = move || {
        let score = move |v: Option<f64>| present::score_or_dash(t(), v, store.digits());
        store
            .tool_values()
            .into_iter()
            .map(|(tool, v)| {
                let name = match store.lang() {
                    Lang::Th => &tool.name_th,
                    Lang::En => &tool.name_en,
                };
                vec![
                    Cell::Head(format!("{} {name}", tool.code)),
                    Cell::Num(present::weight_percent(tool.weight, store.digits())),
                    Cell::Num(score(v)),
                    Cell::Num(score(v.map(|v| v * tool.weight))),
                ]
            })
            .collect::<Vec<_>>()
    };
    view! {
        <Card id="tools-title" title=move || t().tools_title>
            <BarChart
                spec=spec
                title=Signal::derive(move || t().chart_tools.to_string())
            />
            <ResultsTable columns=columns rows=Signal::derive(rows) />
        </Card>
    }
}

#[component]
fn WeakStrongCard() -> impl IntoView {
    let (store, t) = use_screen_texts();
    let list = move |weak: bool| {
        store.with_analysed(|fw, _, an| {
            let ns = if weak { &an.weaknesses } else { &an.strengths };
            ns.iter()
                .filter_map(|n| an.indicator(*n))
                .map(|r| {
                    format!(
                        "{} — {}",
                        indicator_name(fw, r.number, store),
                        store.score(r.value)
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let render = move |items: Vec<String>| {
        if items.is_empty() {
            view! { <p>{t().none}</p> }.into_any()
        } else {
            view! {
                <ol>
                    {items.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                </ol>
            }
            .into_any()
        }
    };
    view! {
        <div class="two-col">
            <Card id="weak-title" title=move || t().weaknesses_title>
                {move || render(list(true))}
            </Card>
            <Card id="strong-title" title=move || t().strengths_title>
                {move || render(list(false))}
            </Card>
        </div>
    }
}

#[component]
fn FindingsCard() -> impl IntoView {
    let (store, t) = use_screen_texts();
    // A memo: read twice (whether to show the card, and the card).
    let groups = Memo::new(move |_| {
        store.with_analysed(|fw, _, an| {
            an.findings
                .iter()
                .map(|(n, fs)| {
                    let items = fs
                        .iter()
                        .map(|f| {
                            format!(
                                "{} — {} ({})",
                                store.name_of(fw, &f.code),
                                store.score(f.value),
                                t().item_not_met
                            )
                        })
                        .collect::<Vec<_>>();
                    (indicator_name(fw, *n, store), items)
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || groups.with(|g| !g.is_empty())>
            <Card id="findings-title" title=move || t().findings_title>
                {move || {
                    groups
                        .get()
                        .into_iter()
                        .map(|(name, items)| {
                            view! {
                                <h4>{(t().findings_of)(&name)}</h4>
                                <ul>
                                    {items.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                                </ul>
                            }
                        })
                        .collect_view()
                }}
            </Card>
        </Show>
    }
}

#[component]
fn YearOverYearCard() -> impl IntoView {
    let (store, t) = use_screen_texts();
    // (indicator name, previous, current): read by the chart, the table and the summary line.
    let rows = Memo::new(move |_| {
        store.assessment.with(|a| {
            store.previous.with(|p| {
                let (Some(a), Some(p)) = (a, p) else {
                    return None;
                };
                let fw = fw_of(a)?;
                let rows = fw
                    .indicators()
                    .iter()
                    .map(|i| {
                        let code = i.number.to_string();
                        (
                            indicator_name(fw, i.number, store),
                            p.value(&code),
                            a.value(&code),
                        )
                    })
                    .collect::<Vec<_>>();
                Some((p.year, a.year, rows))
            })
        })
    });
    let spec = Signal::derive(move || {
        let Some((py, cy, rows)) = rows.get() else {
            return ChartSpec::default();
        };
        let Some(pass_mark) = store.framework().map(|fw| fw.pass_mark()) else {
            return ChartSpec::default();
        };
        ChartSpec {
            rows: rows
                .into_iter()
                .map(|(name, p, c)| Row {
                    label: name,
                    bars: vec![
                        Bar {
                            value: p,
                            style: BarStyle::Previous,
                            text: format!(
                                "{} {}",
                                store.digits_in(&py.to_string()),
                                present::score_or_dash(t(), p, store.digits())
                            ),
                        },
                        Bar {
                            value: c,
                            style: BarStyle::Neutral,
                            text: format!(
                                "{} {}",
                                store.digits_in(&cy.to_string()),
                                present::score_or_dash(t(), c, store.digits())
                            ),
                        },
                    ],
                })
                .collect(),
            pass_line: Some(present::pass_line(store.lang(), pass_mark, store.digits())),
            thai_digits: store.digits() == Digits::Thai,
        }
    });
    let change = move |p: Option<f64>, c: Option<f64>| match (p, c) {
        (Some(p), Some(c)) => format_change(c - p, store.digits()),
        _ => t().no_value.to_string(),
    };
    let columns = Signal::derive(move || {
        vec![
            // Headers not right-aligned here (as before the shared table).
            Column::text(t().indicator),
            Column::text(t().previous),
            Column::text(t().current),
            Column::text(t().change),
        ]
    });
    let table_rows = move || {
        let s = move |v: Option<f64>| present::score_or_dash(t(), v, store.digits());
        rows.get()
            .map(|(_, _, rows)| {
                rows.into_iter()
                    .map(|(name, p, c)| {
                        vec![
                            Cell::Head(name),
                            Cell::Num(s(p)),
                            Cell::Num(s(c)),
                            Cell::Num(change(p, c)),
                        ]
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let overall_line = move || {
        store.assessment.with(|a| {
            store.previous.with(|p| {
                let (Some(a), Some(p)) = (a, p) else {
                    return None;
                };
                Some(format!(
                    "{}: {} → {} ({})",
                    t().overall,
                    present::score_or_dash(t(), p.overall, store.digits()),
                    present::score_or_dash(t(), a.overall, store.digits()),
                    change(p.overall, a.overall)
                ))
            })
        })
    };
    // The same year as the chart's, assessed once for both (the store's).
    let sentences = move || {
        store.with_scored(|fw, a| {
            store.previous.with(|p| {
                let p = p.as_ref()?;
                let change = compare((fw_of(p)?, p), (fw, a));
                Some(change.sentences(store.lang(), store.digits()))
            })
        })
    };
    view! {
        <Card id="yoy-title" title=move || t().yoy_title>
            {move || {
                sentences()
                    .map(|ss| {
                        view! {
                            <ul class="yoy-sentences" data-testid="yoy-sentences">
                                {ss.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                            </ul>
                        }
                    })
            }}
            <Show
                when=move || rows.with(Option::is_some)
                fallback=move || view! { <p>{t().yoy_none}</p> }
            >
                <p class="visually-hidden">{overall_line}</p>
                <BarChart
                    spec=spec
                    title=Signal::derive(move || t().chart_yoy.to_string())
                />
                <ResultsTable columns=columns rows=Signal::derive(table_rows) />
            </Show>
        </Card>
    }
}

#[component]
fn Warnings() -> impl IntoView {
    let (store, t) = use_screen_texts();
    let messages = move || {
        store.with_scored(|fw, a| {
            a.warnings
                .iter()
                .map(|w| w.message(fw, store.lang(), store.digits()))
                .collect::<Vec<_>>()
        })
    };
    let card = ListCard {
        class: "card warn",
        id: "warnings-title",
        testid: Some("warnings"),
    };
    list_card(card, move || t().warnings_title, messages)
}

#[component]
fn ProvisionalCard() -> impl IntoView {
    let (store, t) = use_screen_texts();
    let notes = move || {
        let Some(y) = store.year.get() else {
            return Vec::new();
        };
        for_year(y)
            .map(|fw| {
                fw.provisional_for(y)
                    .into_iter()
                    .map(|p| p.note(store.lang()).to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    let card = ListCard {
        class: "card note",
        id: "provisional-title",
        testid: None,
    };
    list_card(card, move || t().provisional_title, notes)
}

/// A card of notes: its class, the id of its title and its `data-testid`, if any.
struct ListCard {
    class: &'static str,
    id: &'static str,
    testid: Option<&'static str>,
}

/// A card shown only while there are `items`: its title and the items as a list.
fn list_card(
    card: ListCard,
    title: impl Fn() -> &'static str + Copy + Send + Sync + 'static,
    items: impl Fn() -> Vec<String> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ListCard { class, id, testid } = card;
    // A memo: read twice (whether to show the card, and its list).
    let items = Memo::new(move |_| items());
    view! {
        <Show when=move || items.with(|i| !i.is_empty())>
            <section class=class aria-labelledby=id data-testid=testid>
                <h3 id=id>{move || title()}</h3>
                <ul>
                    {move || items.get().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}
