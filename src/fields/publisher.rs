//! publisher

use super::Context;
use crate::article::Article;

pub(super) fn extract_site_name(ctx: &Context, article: &mut Article) {
    let _ = (ctx, article);
}

pub(super) fn extract(ctx: &Context, article: &mut Article) {
    let _ = (ctx, article);
}
