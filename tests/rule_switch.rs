//! The evaluation harness's rule switch: a rule switched off changes the record, and switched
//! back on the record is as before. One test in its own binary, as the switch is
//! process-wide.
#![cfg(feature = "eval")]

use newsprint::eval::{rules, switch_off_rules};

const PAGE: &str = "<html><head><title>Harbour lights return to Kestrel Bay</title></head>\
    <body><article><h1><span class=\"kicker\">Festival</span> \
    <span>Harbour lights return to Kestrel Bay</span></h1>\
    <p>The lantern festival came back to the old harbour on Saturday night after a pause \
    of three years, and the quay was full until late.</p></article></body></html>";

#[test]
fn a_rule_switched_off_changes_the_record_and_back_on_restores_it() {
    assert!(rules().iter().any(|(name, _)| *name == "title.kicker"));
    let shipped = newsprint::extract(PAGE);
    assert_eq!(
        shipped.headline.as_deref(),
        Some("Harbour lights return to Kestrel Bay")
    );

    switch_off_rules(&["title.kicker"]).unwrap();
    let without = newsprint::extract(PAGE);
    switch_off_rules(&[]).unwrap();
    assert_eq!(
        without.headline.as_deref(),
        Some("Festival Harbour lights return to Kestrel Bay")
    );
    assert_eq!(newsprint::extract(PAGE), shipped);

    let unknown = switch_off_rules(&["title.no-such-rule"]).unwrap_err();
    assert_eq!(unknown.0, vec!["title.no-such-rule".to_string()]);
}
