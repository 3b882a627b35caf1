//! The embeddable calculator: the same build opened as `index.html?embed=calculator`, meant
//! for an `<iframe>` on another site (documented in `docs/EMBED.md`).
//!
//! * Pick the fiscal year, enter the tool or the indicator scores, see the overall score, the
//!   rating and a small chart of the tools.
//! * Initial values come from the address: `&year=2565&1=91.71&…&10=43.75`, or
//!   `&IIT=…&EIT=…&OIT=…`; `&lang=en` for English; `&origin=https://host.example` to post
//!   messages to that origin only (default `*`).
//! * It posts `{source: "ita-calculator", type: "ready" | "height" | "result", …}` to the
//!   host page (`window.parent.postMessage`) and nothing else: it never reads the host, and it
//!   reads and writes no storage at all (not even the main app's).

use std::collections::BTreeMap;

use ita_core::calculator::{calculate_scores, CalcResult};
use ita_core::foundation::number::{format_score, parse_score, Digits};
use ita_core::framework::{for_year, supported_years, Framework};
use ita_core::{Lang, Scores};
use leptos::prelude::*;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::{Bar, BarStyle, ChartSpec, Row};
use crate::components::{radio_option, BarChart, RadioAttrs};
use crate::i18n::texts;
use crate::present;

/// `source` of every message.
pub const SOURCE: &str = "ita-calculator";
/// Version of the message schema (in the `ready` message).
pub const SCHEMA_VERSION: u32 = 1;

/// Query parameters that are not scores.
const RESERVED: [&str; 5] = ["embed", "year", "lang", "origin", "mode"];

/// Whether the page was opened as the embeddable calculator.
pub fn requested() -> bool {
    let search = window().location().search().unwrap_or_default();
    parse_query(&search)
        .iter()
        .any(|(k, v)| k == "embed" && v == "calculator")
}

/// Decode `%XX` and `+` of a query component.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The (key, value) pairs of a query string such as `?embed=calculator&year=2565`.
pub fn parse_query(search: &str) -> Vec<(String, String)> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

/// How scores are entered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    Tools,
    Indicators,
}

/// What the address asks for.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedParams {
    pub year: u16,
    pub lang: Lang,
    /// Where messages go (`*` unless the host named its origin).
    pub target_origin: String,
    pub entry: Entry,
    /// Initial field texts by code (`IIT`, `1`, …).
    pub values: BTreeMap<String, String>,
}

/// Read the parameters; unknown years fall back to the latest, unknown codes are ignored.
pub fn params_from(pairs: &[(String, String)]) -> EmbedParams {
    let years = supported_years();
    let latest = years.last().copied().unwrap_or(2568);
    let get = |key: &str| {
        pairs
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.clone())
    };
    let year = get("year")
        .and_then(|y| {
            ita_core::foundation::number::thai_to_arabic(y.trim())
                .parse::<u16>()
                .ok()
        })
        .filter(|y| years.contains(y))
        .unwrap_or(latest);
    let lang = match get("lang").as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Th,
    };
    let target_origin = get("origin")
        .filter(|o| o.starts_with("http://") || o.starts_with("https://"))
        .unwrap_or_else(|| "*".to_string());
    let fw = for_year(year).ok();
    let mut values = BTreeMap::new();
    for (k, v) in pairs {
        if RESERVED.iter().any(|r| k.eq_ignore_ascii_case(r)) {
            continue;
        }
        let code = ita_core::workbook::scores::normalize_code(k);
        let known = fw.is_some_and(|fw| entry_codes(fw, Entry::Tools).contains(&code))
            || fw.is_some_and(|fw| entry_codes(fw, Entry::Indicators).contains(&code));
        if known {
            values.insert(code, v.trim().to_string());
        }
    }
    let entry = match get("mode").as_deref() {
        Some("tools") => Entry::Tools,
        Some("indicators") => Entry::Indicators,
        _ => {
            let tools = ["IIT", "EIT", "OIT"];
            if !values.is_empty() && values.keys().all(|k| tools.contains(&k.as_str())) {
                Entry::Tools
            } else {
                Entry::Indicators
            }
        }
    };
    EmbedParams {
        year,
        lang,
        target_origin,
        entry,
        values,
    }
}

/// The codes entered in a mode: the three tools, or the indicators.
pub fn entry_codes(fw: &Framework, entry: Entry) -> Vec<String> {
    match entry {
        Entry::Tools => fw.tools().iter().map(|t| t.code.clone()).collect(),
        Entry::Indicators => fw
            .indicators()
            .iter()
            .map(|i| i.number.to_string())
            .collect(),
    }
}

/// The scores of the fields of `entry`, and the codes whose text is not a score.
pub fn read_fields(
    year: u16,
    entry: Entry,
    values: &BTreeMap<String, String>,
) -> (Scores, Vec<String>) {
    let mut scores = Scores::default();
    let mut bad = Vec::new();
    let Ok(fw) = for_year(year) else {
        return (scores, bad);
    };
    for code in entry_codes(fw, entry) {
        let text = values.get(&code).map(String::as_str).unwrap_or("");
        match parse_score(text, &code) {
            Ok(Some(v)) => {
                if scores.set_checked(fw, year, &code, v).is_err() {
                    bad.push(code);
                }
            }
            Ok(None) => {}
            Err(_) => bad.push(code),
        }
    }
    (scores, bad)
}

/// The `result` message for `r`.
pub fn result_message(r: &CalcResult) -> String {
    /// The `result` message (field order as documented).
    #[derive(Serialize)]
    struct ResultMessage<'a> {
        source: &'static str,
        #[serde(rename = "type")]
        kind: &'static str,
        year: u16,
        overall: Option<f64>,
        level: Option<&'a str>,
        passed: Option<bool>,
        tools: &'a BTreeMap<String, f64>,
        indicators: &'a BTreeMap<String, f64>,
    }
    serde_json::to_string(&ResultMessage {
        source: SOURCE,
        kind: "result",
        year: r.year,
        overall: r.overall,
        level: r.level.as_deref(),
        passed: r.passed,
        tools: &r.tools,
        indicators: &r.indicators,
    })
    .unwrap_or_default()
}

/// Post a message (JSON text) to the host page.
fn post(message: &str, target_origin: &str) {
    let Some(win) = web_sys::window() else {
        return;
    };
    // Only a page inside a frame has a host to tell.
    let parent = match win.parent() {
        Ok(Some(p)) => p,
        _ => return,
    };
    if js_sys::Object::is(&parent, &win) {
        return;
    }
    let Ok(data) = js_sys::JSON::parse(message) else {
        return;
    };
    let _ = parent.post_message(&data, target_origin);
}

/// The calculator. Props: none (it reads the address).
#[component]
pub fn EmbedCalculator() -> impl IntoView {
    let search = window().location().search().unwrap_or_default();
    let params = params_from(&parse_query(&search));
    let lang = params.lang;
    let t = texts(lang);
    let w = t.workshop;
    let target = StoredValue::new(params.target_origin.clone());
    let year = RwSignal::new(params.year);
    let entry = RwSignal::new(params.entry);
    let values = RwSignal::new(params.values.clone());
    let digits = Digits::Arabic;

    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", t.html_lang);
    }
    document().set_title(w.calc_title);
    if let Some(body) = document().body() {
        let _ = body.class_list().add_1("embed-mode");
    }

    let fields = Memo::new(move |_| {
        let (y, e) = (year.get(), entry.get());
        values.with(|v| read_fields(y, e, v))
    });
    let result =
        Memo::new(move |_| fields.with(|(scores, _)| calculate_scores(year.get(), scores, lang)));

    post(
        &format!(r#"{{"source":"{SOURCE}","type":"ready","version":{SCHEMA_VERSION}}}"#),
        &params.target_origin,
    );
    // Every result the user sees, once computed (and again when it changes).
    Effect::new(move |_| {
        result.with(|r| target.with_value(|o| post(&result_message(r), o)));
    });

    let root = NodeRef::<leptos::html::Div>::new();
    report_height(root, target);

    let spec = Signal::derive(move || {
        result.with(|r| {
            let Ok(fw) = for_year(r.year) else {
                return ChartSpec::default();
            };
            ChartSpec {
                rows: fw
                    .tools()
                    .iter()
                    .map(|tool| {
                        let v = r.tools.get(&tool.code).copied();
                        Row {
                            label: present::tool_label(&tool.code, tool.weight, digits),
                            bars: vec![Bar {
                                value: v,
                                style: match v {
                                    Some(v) if v >= r.pass_mark => BarStyle::Pass,
                                    Some(_) => BarStyle::Fail,
                                    None => BarStyle::Neutral,
                                },
                                // Pass/fail in words too, never by colour alone.
                                text: present::or_dash(
                                    t,
                                    v.map(|v| {
                                        present::score_and_verdict(t, v, v >= r.pass_mark, digits)
                                    }),
                                ),
                            }],
                        }
                    })
                    .collect(),
                pass_line: Some(present::pass_line(lang, r.pass_mark, digits)),
            }
        })
    });
    let columns = Signal::derive(move || vec![t.tool.to_string(), t.score.to_string()]);
    let table = Signal::derive(move || {
        result.with(|r| {
            r.tools
                .iter()
                .map(|(c, v)| vec![c.clone(), format_score(*v, digits)])
                .collect::<Vec<_>>()
        })
    });

    let codes = Memo::new(move |_| {
        for_year(year.get())
            .map(|fw| entry_codes(fw, entry.get()))
            .unwrap_or_default()
    });
    let field_label = move |code: &str| {
        for_year(year.get_untracked())
            .map(|fw| {
                if entry.get_untracked() == Entry::Tools {
                    format!("{} {}", code, fw.display_name(code, lang))
                } else {
                    fw.display_name(code, lang)
                }
            })
            .unwrap_or_else(|_| code.to_string())
    };

    view! {
        <div class="embed-calc" node_ref=root data-testid="embed-calculator">
            <h1 class="embed-title">{w.calc_title}</h1>
            <div class="embed-controls">
                <label class="embed-year">
                    {t.fiscal_year}
                    " "
                    <select
                        data-testid="embed-year"
                        on:change=move |ev| {
                            if let Ok(y) = event_target_value(&ev).parse::<u16>() {
                                year.set(y);
                            }
                        }
                    >
                        {supported_years()
                            .into_iter()
                            .rev()
                            .map(|y| {
                                view! {
                                    <option value=y.to_string() selected=move || year.get() == y>
                                        {(t.year_be)(&y.to_string())}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <fieldset class="embed-mode-choice">
                    <legend>{w.calc_mode}</legend>
                    {radio_option(
                        entry_radio("embed-by-indicators"),
                        entry,
                        Entry::Indicators,
                        w.calc_by_indicators,
                    )}
                    {radio_option(entry_radio("embed-by-tools"), entry, Entry::Tools, w.calc_by_tools)}
                </fieldset>
            </div>
            <div class="embed-fields">
                <For
                    each=move || codes.get()
                    key=|c| c.clone()
                    children=move |code: String| {
                        let c1 = code.clone();
                        let c2 = code.clone();
                        let c3 = code.clone();
                        let invalid = move || fields.with(|(_, bad)| bad.contains(&c3));
                        view! {
                            <label class="embed-field" title=field_label(&code)>
                                <span>{field_label(&code)}</span>
                                <input
                                    type="text"
                                    inputmode="decimal"
                                    autocomplete="off"
                                    data-testid=format!("embed-field-{code}")
                                    aria-invalid=move || invalid().then_some("true")
                                    prop:value=move || {
                                        values.with(|v| v.get(&c1).cloned().unwrap_or_default())
                                    }
                                    on:input=move |ev| {
                                        let text = event_target_value(&ev);
                                        values.update(|v| {
                                            v.insert(c2.clone(), text);
                                        });
                                    }
                                />
                            </label>
                        }
                    }
                />
            </div>
            <dl class="embed-result" aria-live="polite">
                <div>
                    <dt>{t.overall}</dt>
                    <dd class="score" data-testid="embed-overall">
                        {move || {
                            present::score_or_dash(t, result.with(|r| r.overall), digits)
                        }}
                    </dd>
                </div>
                <div>
                    <dt>{t.level}</dt>
                    <dd class="level" data-testid="embed-level">
                        {move || present::or_dash(t, result.with(|r| r.level.clone()))}
                    </dd>
                </div>
                <div>
                    <dt>{t.verdict}</dt>
                    <dd class="verdict" data-testid="embed-verdict">
                        {move || present::verdict_or_dash(t, result.with(|r| r.passed))}
                    </dd>
                </div>
            </dl>
            <Show when=move || result.with(|r| r.overall.is_none())>
                <p class="muted">{w.calc_incomplete}</p>
            </Show>
            <BarChart
                spec=spec
                title=Signal::derive(move || t.chart_tools.to_string())
                columns=columns
                table=table
                testid="embed-chart"
            />
            <p class="embed-footer muted">{w.calc_footer}</p>
        </div>
    }
}

/// Post `{type: "height"}` whenever the calculator's height changes.
fn report_height(root: NodeRef<leptos::html::Div>, target: StoredValue<String>) {
    let last = StoredValue::new(0i32);
    let send = move || {
        let Some(el) = root.get_untracked() else {
            return;
        };
        let h = el.get_bounding_client_rect().height().ceil() as i32;
        if h != last.get_value() {
            last.set_value(h);
            target.with_value(|o| {
                post(
                    &format!(r#"{{"source":"{SOURCE}","type":"height","height":{h}}}"#),
                    o,
                )
            });
        }
    };
    Effect::new(move |_| {
        let Some(el) = root.get() else {
            return;
        };
        send();
        let cb = Closure::<dyn FnMut()>::new(send);
        match web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
            Ok(observer) => observer.observe(&el),
            Err(_) => leptos::logging::warn!("no ResizeObserver: height sent once"),
        }
        // The observer lives as long as the page.
        cb.forget();
    });
}

/// A radio button of the calculator's entry mode.
fn entry_radio(testid: &'static str) -> RadioAttrs {
    RadioAttrs {
        name: "entry",
        testid: Some(testid),
        ..RadioAttrs::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(q: &str) -> Vec<(String, String)> {
        parse_query(q)
    }

    /// The parameters of the address `q` and the scores they give (with the bad fields).
    fn read(q: &str) -> (EmbedParams, Scores, Vec<String>) {
        let p = params_from(&pairs(q));
        let (scores, bad) = read_fields(p.year, p.entry, &p.values);
        (p, scores, bad)
    }

    #[test]
    fn reads_seed_004_from_the_address() {
        let (p, scores, bad) = read(
            "?embed=calculator&year=2565&1=91.71&2=82.96&3=88.12&4=83.52&5=83.62&6=89.52&7=91.79&8=90.50&9=88.50&10=43.75",
        );
        let seen = (p.year, p.entry, p.target_origin.as_str());
        assert_eq!(seen, (2565, Entry::Indicators, "*"));
        assert!(bad.is_empty());
        let r = calculate_scores(p.year, &scores, Lang::Th);
        assert_eq!(r.overall, Some(79.43));
        assert_eq!(r.level.as_deref(), Some("B"));
        let m: serde_json::Value = serde_json::from_str(&result_message(&r)).unwrap();
        assert_eq!(m["source"], "ita-calculator");
        assert_eq!(m["type"], "result");
        assert_eq!(m["overall"], 79.43);
        assert_eq!(m["indicators"]["10"], 43.75);
    }

    #[test]
    fn tools_thai_digits_and_bad_values() {
        let (p, scores, bad) = read(
            "embed=calculator&year=%E0%B9%92%E0%B9%95%E0%B9%96%E0%B9%98&iit=90&EIT=abc&OIT=80&lang=en&origin=https%3A%2F%2Fa.example",
        );
        let seen = (p.year, p.entry, p.lang, p.target_origin.as_str());
        assert_eq!(seen, (2568, Entry::Tools, Lang::En, "https://a.example"));
        assert_eq!(bad, vec!["EIT".to_string()]);
        assert_eq!(scores.get("IIT"), Some(90.0));
        assert_eq!(percent_decode("a%2"), "a%2");
        assert_eq!(percent_decode("a+b%20c"), "a b c");
    }

    #[test]
    fn unknown_years_fall_back_to_the_latest() {
        let p = params_from(&pairs("embed=calculator&year=2400&nope=1"));
        assert_eq!(Some(&p.year), supported_years().last());
        assert!(p.values.is_empty());
    }
}
