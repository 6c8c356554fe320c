//! Charts drawn on the server as SVG (no chart service, no script): the
//! registrations per day as stacked bars, and counts by country or type as
//! a table of bars. Every figure is also written out as text, so nothing is
//! told by colour or shape alone.

use super::model::DayCount;
use crate::i18n::use_locale;
use leptos::prelude::*;

const CHART_HEIGHT: f64 = 160.0;
const AXIS_WIDTH: f64 = 36.0;
const LABEL_HEIGHT: f64 = 24.0;
const BAR_SLOT: f64 = 24.0;
const MIN_PLOT_WIDTH: f64 = 240.0;

/// The round number the axis goes up to: the smallest 1, 2 or 5 times a
/// power of ten at or above `value` (at least 1).
pub fn axis_top(value: u64) -> u64 {
    let mut power = 1_u64;
    loop {
        for step in [1, 2, 5] {
            let candidate = step * power;
            if candidate >= value.max(1) {
                return candidate;
            }
        }
        power = power.saturating_mul(10);
    }
}

/// The height of a bar for `value` on an axis up to `top`.
pub fn bar_length(value: u64, top: u64, span: f64) -> f64 {
    if top == 0 {
        return 0.0;
    }
    span * (value as f64) / (top as f64)
}

/// Registrations per day, in person below and online on top.
#[component]
pub fn DayChart(days: Vec<DayCount>) -> impl IntoView {
    let locale = use_locale();
    let top = axis_top(
        days.iter()
            .map(|d| d.in_person + d.online)
            .max()
            .unwrap_or(0),
    );
    let plot_width = (days.len() as f64 * BAR_SLOT).max(MIN_PLOT_WIDTH);
    let width = AXIS_WIDTH + plot_width;
    let height = CHART_HEIGHT + LABEL_HEIGHT;
    let label_every = days.len().div_ceil(8).max(1);
    let total_in_person: u64 = days.iter().map(|d| d.in_person).sum();
    let total_online: u64 = days.iter().map(|d| d.online).sum();
    let count = |value: u64| i64::try_from(value).unwrap_or(i64::MAX);
    let description = locale.t_with(
        "dashboard-per-day-description",
        &[
            ("days", count(days.len() as u64).into()),
            ("in_person", count(total_in_person).into()),
            ("online", count(total_online).into()),
        ],
    );
    let bars = days
        .iter()
        .enumerate()
        .map(|(index, day)| {
            let x = AXIS_WIDTH + index as f64 * BAR_SLOT + 4.0;
            let in_person = bar_length(day.in_person, top, CHART_HEIGHT);
            let online = bar_length(day.online, top, CHART_HEIGHT);
            let label = (index % label_every == 0).then(|| {
                view! {
                    <text x=x + (BAR_SLOT - 8.0) / 2.0 y=CHART_HEIGHT + 16.0 text-anchor="middle" class="chart-label">
                        {day.day.format("%d/%m").to_string()}
                    </text>
                }
            });
            view! {
                <rect class="bar-in-person" x=x y=CHART_HEIGHT - in_person width=BAR_SLOT - 8.0 height=in_person />
                <rect class="bar-online" x=x y=CHART_HEIGHT - in_person - online width=BAR_SLOT - 8.0 height=online />
                {label}
            }
        })
        .collect_view();
    let rows = days
        .iter()
        .map(|day| {
            view! {
                <tr>
                    <th scope="row">{locale.date(day.day)}</th>
                    <td>{day.in_person}</td>
                    <td>{day.online}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="chart" data-testid="chart-per-day">
            <svg viewBox=format!("0 0 {width} {height}") role="img" aria-labelledby="per-day-title per-day-desc" preserveAspectRatio="xMinYMin meet">
                <title id="per-day-title">{locale.t("dashboard-per-day")}</title>
                <desc id="per-day-desc">{description.clone()}</desc>
                <defs>
                    <pattern id="online-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="6" height="6" class="hatch-ground" />
                        <line x1="0" y1="0" x2="0" y2="6" class="hatch-line" />
                    </pattern>
                </defs>
                <line x1=AXIS_WIDTH y1="0" x2=AXIS_WIDTH y2=CHART_HEIGHT class="chart-axis" />
                <line x1=AXIS_WIDTH y1=CHART_HEIGHT x2=width y2=CHART_HEIGHT class="chart-axis" />
                <text x=AXIS_WIDTH - 4.0 y="10" text-anchor="end" class="chart-label">{top}</text>
                <text x=AXIS_WIDTH - 4.0 y=CHART_HEIGHT text-anchor="end" class="chart-label">"0"</text>
                {bars}
            </svg>
            <figcaption>
                <span class="legend legend-in-person">{locale.t("attendance-in-person")}</span>
                " "
                <span class="legend legend-online">{locale.t("attendance-online")}</span>
                <p class="muted">{description}</p>
                <details>
                    <summary>{locale.t("dashboard-show-figures")}</summary>
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{locale.t("dashboard-day")}</th>
                                <th scope="col">{locale.t("attendance-in-person")}</th>
                                <th scope="col">{locale.t("attendance-online")}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </details>
            </figcaption>
        </figure>
    }
}

/// Counts by name as bars, one row each, the number written beside the bar.
#[component]
pub fn BarList(caption: String, items: Vec<(String, u64)>, testid: &'static str) -> impl IntoView {
    let top = items.iter().map(|(_, count)| *count).max().unwrap_or(0);
    let rows = items
        .into_iter()
        .map(|(name, count)| {
            let length = bar_length(count, top, 100.0);
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td class="bar-cell">
                        <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" class="bar-svg">
                            <rect class="bar-in-person" x="0" y="0" width=length height="10" />
                        </svg>
                    </td>
                    <td class="bar-value">{count}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="bar-list" data-testid=testid>
            <caption>{caption}</caption>
            <tbody>{rows}</tbody>
        </table>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_axis_ends_on_a_round_number() {
        assert_eq!(axis_top(0), 1);
        assert_eq!(axis_top(1), 1);
        assert_eq!(axis_top(3), 5);
        assert_eq!(axis_top(7), 10);
        assert_eq!(axis_top(11), 20);
        assert_eq!(axis_top(150), 200);
        assert_eq!(axis_top(201), 500);
    }

    #[test]
    fn bars_scale_to_the_axis() {
        assert_eq!(bar_length(50, 200, 160.0), 40.0);
        assert_eq!(bar_length(0, 200, 160.0), 0.0);
        assert_eq!(bar_length(3, 0, 160.0), 0.0);
    }
}
