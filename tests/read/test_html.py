"""HTML pages: the article body and metadata stay, page chrome goes."""

from __future__ import annotations

from detente.read import read_paths

PAGE = """<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Seoul and Tokyo agree to resume shuttle diplomacy | Example Herald</title>
<meta property="og:title" content="Seoul and Tokyo agree to resume shuttle diplomacy">
<meta name="author" content="Min-ji Kim">
<meta property="article:published_time" content="2026-03-14T09:30:00+09:00">
<link rel="canonical" href="https://www.example-herald.test/world/2026/03/14/shuttle-diplomacy">
</head><body>
<div id="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sports">Sports</a></li></ul></nav></header>
<main><article>
<h1>Seoul and Tokyo agree to resume shuttle diplomacy</h1>
<p class="byline">By Min-ji Kim</p>
<p>SEOUL — South Korea and Japan agreed on Friday to resume regular visits between their leaders,
the foreign ministry in Seoul said, ending a pause of several years in so-called shuttle diplomacy.</p>
<p>The agreement was reached during talks between the two foreign ministers in Tokyo, where they also
discussed supply chains for semiconductors and a joint response to regional security threats.</p>
<p>Officials from both sides said the first visit under the renewed arrangement could take place
before the summer, although no date has been set.</p>
<div class="share">Share on Facebook Share on X Copy link</div>
</article>
<aside class="related"><h2>Related articles</h2><ul>
<li><a href="/a">Markets rally as exporters gain</a></li><li><a href="/b">Weather: heavy snow expected</a></li>
</ul></aside></main>
<footer><p>© 2026 Example Herald. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


def test_html_article_without_page_chrome(tmp_path):
    page = tmp_path / "herald.html"
    page.write_text(PAGE, encoding="utf-8")
    (article,) = list(read_paths([page]))
    assert article.title == "Seoul and Tokyo agree to resume shuttle diplomacy"
    assert article.byline == "Min-ji Kim"
    assert article.url == "https://www.example-herald.test/world/2026/03/14/shuttle-diplomacy"
    assert article.date == "2026-03-14"
    assert article.dateline == "SEOUL"
    assert article.text.startswith("South Korea and Japan agreed on Friday")
    assert "no date has been set" in article.text
    for chrome in ("cookies", "Home", "Business", "Share on", "Related articles", "Markets rally", "Privacy", "©"):
        assert chrome not in article.text, chrome
