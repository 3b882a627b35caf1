//! The bar under the menu on every screen: the agency and year being worked on (the year can
//! be switched here), the overall score, the rating level and the verdict, recomputed on every
//! edit, and a mark when the year is scored with a framework the user loaded. Carries
//! `data-testid="overall-score"`, `"rating-level"` and `"user-framework-mark"` (testing
//! contract).

use leptos::prelude::*;

use crate::state::use_texts;

/// No props: reads the store.
#[component]
pub fn SummaryBar() -> impl IntoView {
    let (store, t) = use_texts();
    let agency_name = move || {
        store
            .agency
            .with(|a| a.as_ref().map(|a| a.name.clone()))
            .unwrap_or_else(|| t().no_agency_yet.to_string())
    };
    let years = Memo::new(move |_| {
        store.agency.with(|a| {
            a.as_ref()
                .map(|a| a.years.keys().copied().collect::<Vec<u16>>())
                .unwrap_or_default()
        })
    });
    let overall = move || {
        let v = store
            .assessment
            .with(|a| a.as_ref().and_then(|a| a.overall));
        crate::present::score_or_dash(t(), v, store.digits())
    };
    let level = move || {
        store
            .assessment
            .with(|a| a.as_ref().and_then(|a| a.level.clone()))
    };
    let level_name = move || crate::present::or_dash(t(), level().map(|l| l.name));
    let verdict = move || crate::present::verdict_or_dash(t(), level().map(|l| l.passed));
    let on_year = move |ev: leptos::ev::Event| {
        if let Ok(y) = event_target_value(&ev).parse::<u16>() {
            store.select_year(y);
        }
    };
    view! {
        <section class="summary-bar" aria-label=move || t().summary_label>
            <div class="container summary-grid">
                <div class="summary-item summary-agency">
                    <span class="summary-label">{move || t().agency}</span>
                    <span class="summary-value">{agency_name}</span>
                </div>
                <div class="summary-item">
                    {move || {
                        let ys = years.get();
                        if ys.is_empty() {
                            view! {
                                <span class="summary-label">{t().fiscal_year}</span>
                                <a class="summary-value" href="#/workbook">
                                    {t().go_to_workbook}
                                </a>
                            }
                                .into_any()
                        } else {
                            let current = store.year.get();
                            view! {
                                <label class="summary-label" for="summary-year">
                                    {t().fiscal_year}
                                </label>
                                <select id="summary-year" on:change=on_year>
                                    {ys
                                        .into_iter()
                                        .rev()
                                        .map(|y| {
                                            view! {
                                                <option
                                                    value=y.to_string()
                                                    selected=current == Some(y)
                                                >
                                                    {store.year_text(y)}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            }
                                .into_any()
                        }
                    }}
                </div>
                {big_item(move || t().overall, overall, "overall-score")}
                {big_item(move || t().level, level_name, "rating-level")}
                <div class="summary-item">
                    <span class="summary-label">{move || t().verdict}</span>
                    <span
                        class="summary-value"
                        class:pass=move || level().is_some_and(|l| l.passed)
                        class:fail=move || level().is_some_and(|l| !l.passed)
                    >
                        {verdict}
                    </span>
                </div>
            </div>
            {move || {
                store
                    .user_framework()
                    .map(|fw| {
                        let title = match store.lang() {
                            ita_core::Lang::Th => fw.file.title_th.clone(),
                            ita_core::Lang::En => fw.file.title_en.clone(),
                        };
                        view! {
                            <p class="container notice user-framework" data-testid="user-framework-mark">
                                {(t().user_framework_mark)(&format!("{title} ({})", fw.id()))}
                            </p>
                        }
                    })
            }}
        </section>
    }
}

/// A summary item with a large value: its label, the value and the value's `data-testid`.
fn big_item(
    label: impl Fn() -> &'static str + Send + 'static,
    value: impl Fn() -> String + Send + 'static,
    testid: &'static str,
) -> impl IntoView {
    view! {
        <div class="summary-item">
            <span class="summary-label">{label}</span>
            <span class="summary-value big" data-testid=testid>
                {value}
            </span>
        </div>
    }
}
