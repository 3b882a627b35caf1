//! The ranking: every agency of the year under the filters, sortable by its column headers, one
//! page of [`model::PAGE_SIZE`] rows at a time (so 10,000 agencies stay smooth), each with a
//! button that opens its full single-agency analysis as a workshop copy — the user's own
//! workbook changes only if they then choose "save to my data".

use ita_core::cohort::agency::agency_record;
use ita_core::Workbook;
use leptos::prelude::*;

use super::model::{self, SortKey};
use super::CohortState;
use crate::i18n::CohortTexts;
use crate::state::use_store;
use crate::workshop::{use_workshop, Opened, Source};

#[component]
pub fn Ranking(state: CohortState) -> impl IntoView {
    let store = use_store();
    let t = move || store.tr::<CohortTexts>();
    let workshop = use_workshop();
    // The sorted order is recomputed on a sort or filter change, not on a page change.
    let order = Memo::new(move |_| {
        let (Some(d), Some(s)) = (state.data.get(), state.summary.get()) else {
            return Vec::new();
        };
        let (key, reverse) = state.sort.get();
        model::order(&d, &s, key, reverse)
    });
    let total = move || order.with(Vec::len);
    let pages = move || model::pages(total());
    let page = move || state.page.get().min(pages() - 1);

    let header = move |key: SortKey, label: fn(&'static CohortTexts) -> &'static str, num: bool| {
        let sort_state = move || {
            let (k, reverse) = state.sort.get();
            match (k == key, reverse) {
                (false, _) => "none",
                // Rank 1 first is "ascending" ranks.
                (true, false) => "ascending",
                (true, true) => "descending",
            }
        };
        let click = move |_| {
            state.page.set(0);
            state.sort.update(|(k, reverse)| {
                if *k == key {
                    *reverse = !*reverse;
                } else {
                    *k = key;
                    *reverse = false;
                }
            });
        };
        view! {
            <th scope="col" class:num=num aria-sort=sort_state>
                <button type="button" class="sort" on:click=click>
                    {move || label(t())}
                </button>
            </th>
        }
    };

    let open = move |agency: u32| {
        let (Some(ws), Some(d)) = (workshop, state.data.get_untracked()) else {
            return;
        };
        let Some(a) = agency_record(&d.scored.cohort, agency, "cohort") else {
            return;
        };
        let wb = Workbook {
            agencies: vec![a],
            ..Workbook::default()
        };
        // Opened as it is (no need to read back its JSON, which `reset` keeps).
        let opened = Opened::new(&wb, None);
        ws.open(
            Source::Agency(opened.json().to_string()),
            Ok(opened),
            store.lang_untracked(),
            store.digits_untracked(),
        );
        let _ = window().location().set_hash("/analysis");
    };

    let rows = move || {
        let (Some(d), Some(s)) = (state.data.get(), state.summary.get()) else {
            return Vec::new();
        };
        let digits = store.digits();
        let range = model::page_range(total(), page());
        order.with(|o| {
            o[range]
                .iter()
                .map(|&i| {
                    let r = &s.ranking[i as usize];
                    let a = &d.scored.cohort.agencies[r.agency as usize];
                    let (level, passed) = s
                        .levels
                        .get(r.level)
                        .map(|l| (l.name.clone(), l.passed))
                        .unwrap_or_default();
                    let agency = r.agency;
                    let label = (t().open_label)(&a.name);
                    view! {
                        <tr>
                            <td class="num">{store.digits_in(&r.rank.to_string())}</td>
                            <th scope="row">{a.name.clone()}</th>
                            <td>{a.kind.clone()}</td>
                            <td>{a.province.clone()}</td>
                            <td class="num">{model::figure(Some(r.overall), digits, "")}</td>
                            <td>
                                <span class=if passed { "tag pass" } else { "tag fail" }>{level}</span>
                            </td>
                            <td class="num">
                                {ita_core::foundation::number::format_fixed(r.percentile, 1, digits)}
                            </td>
                            <td>
                                {workshop.is_some().then(|| view! {
                                    <button
                                        type="button"
                                        data-testid="cohort-open"
                                        aria-label=label
                                        on:click=move |_| open(agency)
                                    >
                                        {t().open}
                                    </button>
                                })}
                            </td>
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
        })
    };

    let shown = move || {
        state
            .summary
            .with(|s| s.as_ref().is_some_and(|s| s.scored > 0))
    };
    let page_text = move || {
        (t().page_of)(
            &store.digits_in(&(page() + 1).to_string()),
            &store.digits_in(&pages().to_string()),
        )
    };
    view! {
        <Show when=shown>
            <section class="cohort-ranking" aria-labelledby="cohort-ranking-title">
                <h3 id="cohort-ranking-title">{move || t().ranking_title}</h3>
                <div class="table-scroll" tabindex="0">
                    <table class="results-table" data-testid="cohort-ranking">
                        <thead>
                            <tr>
                                {header(SortKey::Rank, |c| c.rank, true)}
                                {header(SortKey::Agency, |c| c.agency, false)}
                                {header(SortKey::Kind, |c| c.kind, false)}
                                {header(SortKey::Province, |c| c.province, false)}
                                <th scope="col" class="num">{move || t().overall}</th>
                                <th scope="col">{move || t().level}</th>
                                <th scope="col" class="num">{move || t().percentile}</th>
                                <th scope="col"><span class="visually-hidden">{move || t().open}</span></th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                <nav class="pager" aria-label=move || t().ranking_title>
                    <button
                        type="button"
                        data-testid="cohort-prev"
                        disabled=move || page() == 0
                        on:click=move |_| state.page.set(page().saturating_sub(1))
                    >
                        {move || t().prev}
                    </button>
                    " "
                    <span data-testid="cohort-page" aria-live="polite">{page_text}</span>
                    " "
                    <button
                        type="button"
                        data-testid="cohort-next"
                        disabled=move || { page() + 1 >= pages() }
                        on:click=move |_| state.page.set(page() + 1)
                    >
                        {move || t().next}
                    </button>
                </nav>
            </section>
        </Show>
    }
}
