//! The progress bars' style: one place that says how a rate is shown.

use indicatif::{ProgressState, ProgressStyle};

/// A style from an indicatif template, where `{rate}` is the pages per second rounded to a
/// whole number (`63/s`; below 10, one decimal: `2.5/s`), not indicatif's `63.3722/s`.
pub fn style(template: &str) -> Option<ProgressStyle> {
    let style = ProgressStyle::with_template(template).ok()?;
    Some(style.with_key(
        "rate",
        |state: &ProgressState, w: &mut dyn std::fmt::Write| {
            let _ = w.write_str(&rate(state.per_sec()));
        },
    ))
}

/// A rate as shown: whole numbers from 10 up, one decimal below.
fn rate(per_sec: f64) -> String {
    if !per_sec.is_finite() || per_sec <= 0.0 {
        "-/s".to_string()
    } else if per_sec >= 10.0 {
        format!("{per_sec:.0}/s")
    } else {
        format!("{per_sec:.1}/s")
    }
}

#[cfg(test)]
mod tests {
    use super::rate;

    #[test]
    fn rates_are_rounded() {
        assert_eq!(rate(63.3722), "63/s");
        assert_eq!(rate(2.46), "2.5/s");
        assert_eq!(rate(0.0), "-/s");
        assert_eq!(rate(f64::INFINITY), "-/s");
    }
}
