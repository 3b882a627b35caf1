//! The scores screen: import a file, paste a block, and enter scores at every level the core
//! supports — overall and tools (with EIT parts from 2568), the ten indicators, and every
//! question (with sub-items) or OIT item with its title.

use ita_core::framework::{Framework, Scale};
use ita_core::input::paste::parse_pasted;
use ita_core::{Lang, PartsRule};
use leptos::prelude::*;

use crate::components::{Card, ImportFile, OitField, ScoreCells, ScoreField};
use crate::files::confirm;
use crate::i18n::ScreenTexts;
use crate::state::{use_screen_texts, use_store};

#[component]
pub fn ScoresScreen() -> impl IntoView {
    let (store, t) = use_screen_texts();
    // Each field's saved score, a signal of its own (score_field.rs).
    provide_context(ScoreCells::new(store));
    view! {
        <h2 class="screen-title">{move || super::year_title(store, t().scores_title, t().nav_scores)}</h2>
        <Card id="import-title" title=move || t().import_title>
            <p class="help">{move || t().import_help}</p>
            <ImportFile id="scores-import" />
        </Card>
        {move || match store.year.get() {
            None => {
                view! {
                    <p class="notice">
                        <a href="#/workbook">{t().go_to_workbook}</a>
                    </p>
                }
                    .into_any()
            }
            Some(year) => {
                // Through the store: the workbook's own frameworks are put in effect first.
                let fw = store.framework();
                fw.map(|fw| view! { <YearForms fw=fw year=year /> }.into_any())
                    .unwrap_or_else(|| ().into_any())
            }
        }}
    }
}

/// The entry forms of one year (rebuilt when the year or the language changes).
#[component]
fn YearForms(fw: &'static Framework, year: u16) -> impl IntoView {
    let store = use_store();
    move || {
        let lang = store.lang();
        let t = store.tr::<ScreenTexts>();
        view! {
            <PasteBlock fw=fw year=year />
            <Card id="quick-title" title={t.quick_title}>
                <p class="help">{t.quick_help}</p>
                <div class="field-grid">
                    <ScoreField code="ITA" label=store.name_of(fw, "ITA") testid="field-ITA" />
                    {fw
                        .tools()
                        .iter()
                        .map(|tool| {
                            let name = match lang {
                                Lang::Th => &tool.name_th,
                                Lang::En => &tool.name_en,
                            };
                            let label = format!(
                                "{} — {} ({})",
                                tool.code,
                                name,
                                crate::present::weight_percent(tool.weight, store.digits()),
                            );
                            let parts = tool
                                .parts
                                .iter()
                                .map(|p| {
                                    let pname = match lang {
                                        Lang::Th => &p.name_th,
                                        Lang::En => &p.name_en,
                                    };
                                    view! { <ScoreField code=p.code.clone() label=pname.clone() /> }
                                })
                                .collect_view();
                            view! {
                                <ScoreField code=tool.code.clone() label=label />
                                {parts}
                            }
                        })
                        .collect_view()}
                </div>
                {fw.tools().iter().any(|t| !t.parts.is_empty()).then(|| view! { <PartsRuleField /> })}
            </Card>
            <Card id="indicators-title" title={t.indicators_title}>
                <p class="help">{move || store.digits_in(t.indicators_help)}</p>
                <div class="field-grid">
                    {fw
                        .indicators()
                        .iter()
                        .map(|i| {
                            let code = i.number.to_string();
                            view! {
                                <ScoreField
                                    code=code.clone()
                                    label=store.name_of(fw, &code)
                                    testid=format!("indicator-score-{code}")
                                />
                            }
                        })
                        .collect_view()}
                </div>
            </Card>
            <Card id="detailed-title" title={t.detailed_title}>
                <p class="help">{t.detailed_help}</p>
                {fw
                    .indicators()
                    .iter()
                    .map(|i| view! { <IndicatorDetails fw=fw number=i.number /> })
                    .collect_view()}
            </Card>
            <p>
                <button
                    type="button"
                    class="danger"
                    on:click=move |_| {
                        if confirm(store.tr::<ScreenTexts>().confirm_clear_year) {
                            store.clear_scores();
                        }
                    }
                >
                    {t.clear_year}
                </button>
            </p>
        }
    }
}

/// How EIT part 1 and part 2 combine (2568–): a setting of the year.
#[component]
fn PartsRuleField() -> impl IntoView {
    let store = use_store();
    let t = store.tr::<ScreenTexts>();
    let rule = move || {
        store
            .year_scores
            .with(|y| y.as_ref().map(|y| y.options.parts_rule))
            .unwrap_or_default()
    };
    let slug = |r: PartsRule| match r {
        PartsRule::Auto => "auto",
        PartsRule::Part1 => "part1",
        PartsRule::MeanOfParts => "mean",
    };
    view! {
        <div class="field">
            <label for="parts-rule">{move || store.digits_in(t.parts_rule)}</label>
            <select
                id="parts-rule"
                on:change=move |ev| {
                    let r = match event_target_value(&ev).as_str() {
                        "part1" => PartsRule::Part1,
                        "mean" => PartsRule::MeanOfParts,
                        _ => PartsRule::Auto,
                    };
                    store.set_parts_rule(r);
                }
            >
                {[(PartsRule::Auto, t.parts_auto), (PartsRule::Part1, t.parts_part1), (PartsRule::MeanOfParts, t.parts_mean)]
                    .into_iter()
                    .map(|(r, label)| {
                        view! {
                            <option value=slug(r) selected=move || rule() == r>
                                {move || store.digits_in(label)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// The questions or OIT items of one indicator, in a collapsible section.
/// Props: `fw` — the year's framework; `number` — the indicator.
#[component]
fn IndicatorDetails(fw: &'static Framework, number: u8) -> impl IntoView {
    let store = use_store();
    let t = store.tr::<ScreenTexts>();
    let questions = fw.questions_of_indicator(number);
    let mut groups: Vec<(Option<String>, Vec<&ita_core::framework::Question>)> = Vec::new();
    for q in questions {
        let group = fw
            .sub_indicator(&q.parent)
            .map(|_| store.name_of(fw, &q.parent));
        match groups.last_mut() {
            Some((g, qs)) if *g == group => qs.push(q),
            _ => groups.push((group, vec![q])),
        }
    }
    view! {
        <details class="indicator-details">
            <summary>{store.name_of(fw, &number.to_string())}</summary>
            {groups
                .into_iter()
                .map(|(group, qs)| {
                    view! {
                        {group.map(|g| view! { <h4 class="group-title">{g}</h4> })}
                        <div class="question-list">
                            {qs
                                .into_iter()
                                .map(|q| {
                                    let title = store.name_of(fw, &q.code);
                                    if q.scale == Scale::Oit {
                                        view! { <OitField code=q.code.clone() title=title /> }
                                            .into_any()
                                    } else if q.sub_items.is_empty() {
                                        view! {
                                            <div class="question">
                                                <ScoreField code=q.code.clone() label=title />
                                            </div>
                                        }
                                            .into_any()
                                    } else {
                                        let subs = q
                                            .sub_items
                                            .iter()
                                            .enumerate()
                                            .map(|(k, s)| {
                                                let code = format!("{}.{}", q.code, k + 1);
                                                let label = format!("{code} {s}");
                                                view! { <ScoreField code=code label=label /> }
                                            })
                                            .collect_view();
                                        view! {
                                            <div class="question">
                                                <ScoreField code=q.code.clone() label=title />
                                                <fieldset class="sub-items">
                                                    <legend>{format!("{} {}", t.sub_items, q.code)}</legend>
                                                    {subs}
                                                </fieldset>
                                            </div>
                                        }
                                            .into_any()
                                    }
                                })
                                .collect_view()}
                        </div>
                    }
                })
                .collect_view()}
        </details>
    }
}

/// Paste a block of `code score` lines, preview it line by line, and apply the valid lines.
/// Props: `fw` and `year` — the year being entered.
#[component]
fn PasteBlock(fw: &'static Framework, year: u16) -> impl IntoView {
    let (store, t) = use_screen_texts();
    let text = RwSignal::new(String::new());
    let applied = RwSignal::new(None::<usize>);
    let lines = Memo::new(move |_| text.with(|s| parse_pasted(fw, year, s)));
    let valid = move || lines.with(|ls| ls.iter().filter(|l| l.result.is_ok()).count());
    let errors = move || lines.with(|ls| ls.iter().filter(|l| l.result.is_err()).count());
    let apply = move |_| {
        let good: Vec<(String, f64)> = lines.with_untracked(|ls| {
            ls.iter()
                .filter_map(|l| l.result.as_ref().ok().cloned())
                .collect()
        });
        let n = good.len();
        store.merge_values(good);
        applied.set(Some(n));
        text.set(String::new());
    };
    view! {
        <Card id="paste-title" title=move || t().paste_title>
            <p class="help" id="paste-help">{move || t().paste_help}</p>
            <div class="field">
                <label for="paste-text">{move || t().paste_label}</label>
                <textarea
                    id="paste-text"
                    rows="5"
                    aria-describedby="paste-help"
                    data-testid="paste-text"
                    prop:value=move || text.get()
                    on:input=move |ev| {
                        applied.set(None);
                        text.set(event_target_value(&ev));
                    }
                ></textarea>
            </div>
            <p role="status" aria-live="polite" class="ok">
                {move || applied.get().map(|n| store.digits_in(&(t().paste_applied)(n)))}
            </p>
            {move || {
                (!lines.with(Vec::is_empty))
                    .then(|| {
                        view! {
                            <div class="table-scroll" tabindex="0">
                                <table class="paste-preview" data-testid="paste-preview">
                                    <caption>{t().paste_preview}</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{t().paste_line}</th>
                                            <th scope="col">{t().paste_code}</th>
                                            <th scope="col">{t().paste_value}</th>
                                            <th scope="col">{t().paste_status}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {lines
                                            .get()
                                            .into_iter()
                                            .map(|l| {
                                                let line = store.digits_in(&l.line.to_string());
                                                match l.result {
                                                    Ok((code, v)) => {
                                                        view! {
                                                            <tr>
                                                                <td>{line}</td>
                                                                <th scope="row">
                                                                    {store.name_of(fw, &code)}
                                                                </th>
                                                                <td>{store.score(v)}</td>
                                                                <td class="ok">{t().paste_ok}</td>
                                                            </tr>
                                                        }
                                                            .into_any()
                                                    }
                                                    Err(e) => {
                                                        view! {
                                                            <tr class="bad">
                                                                <td>{line}</td>
                                                                <th scope="row">{l.text}</th>
                                                                <td>{t().no_value}</td>
                                                                <td class="error-text">
                                                                    {e.message(store.lang())}
                                                                </td>
                                                            </tr>
                                                        }
                                                            .into_any()
                                                    }
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            {(errors() > 0)
                                .then(|| {
                                    view! {
                                        <p class="error-text">
                                            {store.digits_in(&(t().paste_errors)(errors()))}
                                        </p>
                                    }
                                })}
                            <button
                                type="button"
                                data-testid="paste-apply"
                                disabled=valid() == 0
                                on:click=apply
                            >
                                {store.digits_in(&(t().paste_apply)(valid()))}
                            </button>
                        }
                    })
            }}
        </Card>
    }
}
