package org.csi.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The HTML report's one style sheet, and its hash for the page's Content-Security-Policy, which
 * allows no other style.
 */
public final class HtmlStyle {

	public static final String SHEET = """
			:root{color-scheme:light;--ink:#1f2328;--muted:#57606a;--line:#d0d7de;--accent:#0b4f8a}
			*{box-sizing:border-box}
			body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
			header{background:#0b3d6b;color:#fff;padding:24px 32px}
			header h1{margin:0 0 4px;font-size:26px}
			header p{margin:0;color:#e6edf3}
			main{padding:8px 32px 32px;max-width:1200px}
			h2{font-size:20px;border-bottom:2px solid var(--line);padding-bottom:4px;margin-top:32px}
			.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:12px;margin:16px 0;padding:0}
			.cards div{border:1px solid var(--line);border-radius:8px;padding:10px 14px}
			.cards dt{color:var(--muted);font-size:13px}
			.cards dd{margin:0;font-size:26px;font-weight:600}
			.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(380px,1fr));gap:16px}
			figure{margin:0;border:1px solid var(--line);border-radius:8px;padding:12px;overflow-x:auto}
			figcaption{font-weight:600;margin-bottom:8px}
			svg{max-width:100%;height:auto}
			.scroll{overflow-x:auto}
			table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:14px}
			caption{text-align:left;color:var(--muted);padding:4px 0}
			th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
			thead th{background:#f0f3f6}
			tbody th{font-weight:600}
			.badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;white-space:nowrap}
			.open,.error,.missing,.overdue{background:#ffebe9;color:#8a1c12}
			.tracked,.warning{background:#fff1c2;color:#6b4a00}
			.accepted,.info,.done{background:#dafbe1;color:#14532d}
			.improvement{background:#ddf4ff;color:#0a3069}
			.concern{background:#fff1e5;color:#762c00}
			.common{background:#eaeef2;color:#1f2328}
			.none{color:var(--muted)}
			.asof{color:var(--muted);margin:4px 0 8px}
			svg.chart{width:100%;min-width:560px;max-width:none}
			svg.wide{max-width:none}
			.target{font-weight:400;font-size:13px}
			.nowrap{white-space:nowrap}
			.code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:13px}
			footer{color:var(--muted);font-size:13px;padding:16px 32px;border-top:1px solid var(--line)}
			@media (max-width:640px){header,main,footer{padding-left:12px;padding-right:12px}.charts{grid-template-columns:1fr}
			table.kpis thead{display:none}table.kpis tr{display:block;border:1px solid var(--line);border-radius:8px;margin:0 0 10px;padding:6px 8px}
			table.kpis th,table.kpis td{display:block;border:0;padding:2px 0}table.kpis td::before{content:attr(data-label) ": ";color:var(--muted);font-size:13px}}
			@media print{header{background:none;color:#000;padding:0}header p{color:#000}main{padding:0;max-width:none}figure,table{break-inside:avoid}.scroll{overflow:visible}}
			""";

	private HtmlStyle() {
	}

	/** "sha256-..." of the style sheet, as the Content-Security-Policy names it. */
	public static String hash() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(SHEET.getBytes(StandardCharsets.UTF_8));
			return "sha256-" + Base64.getEncoder().encodeToString(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
