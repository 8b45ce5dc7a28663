namespace Disclosure.Cli.Preview;

/// <summary>
/// The script the preview adds to every HTML page it serves: it reloads the page when the site is rebuilt and shows
/// the build's problems over the page when a build fails. It is never written to the output folder.
/// </summary>
public static class LiveReloadScript
{
    public const string Url = "/__disclosure/live-reload.js";

    public static string TagForSitePage(int generation) =>
        $"<script src=\"{Url}\" data-generation=\"{generation}\" defer></script>";

    public static string TagForErrorsPage(int attempt) =>
        $"<script src=\"{Url}\" data-page=\"errors\" data-attempt=\"{attempt}\" defer></script>";

    // Every string from the server is set with textContent, never innerHTML: messages quote the staff's own text.
    public const string Source = """
        (() => {
          'use strict';
          const script = document.currentScript;
          if (!script || typeof EventSource !== 'function') {
            return;
          }
          const onErrorsPage = script.dataset.page === 'errors';
          const query = onErrorsPage
            ? 'attempt=' + encodeURIComponent(script.dataset.attempt || '0')
            : 'generation=' + encodeURIComponent(script.dataset.generation || '0');
          const source = new EventSource('/__disclosure/events?' + query);

          source.addEventListener('reload', () => location.reload());
          source.addEventListener('error', (event) => {
            // EventSource fires a plain "error" Event of its own when the connection drops (it then reconnects by
            // itself); only the server's "error" message is a MessageEvent carrying data.
            if (!(event instanceof MessageEvent)) {
              return;
            }
            if (onErrorsPage) {
              location.reload();
              return;
            }
            showBuildErrors(JSON.parse(event.data));
          });
          // Hang up at once when the page goes away rather than when the server notices.
          window.addEventListener('pagehide', () => source.close());

          function showBuildErrors(lines) {
            document.getElementById('disclosure-build-errors')?.remove();

            const overlay = document.createElement('div');
            overlay.id = 'disclosure-build-errors';
            overlay.setAttribute('role', 'alert');
            overlay.lang = 'ja';
            overlay.style.cssText = [
              'position: fixed', 'top: 0', 'left: 0', 'right: 0', 'z-index: 2147483647',
              'max-height: 75vh', 'overflow: auto', 'box-sizing: border-box', 'padding: 1rem 1.25rem',
              'background: #ffffff', 'color: #1a1a1a', 'border-bottom: 6px solid #b3261e',
              'box-shadow: 0 4px 16px rgba(0, 0, 0, 0.35)', 'font-family: system-ui, sans-serif',
              'font-size: 1rem', 'line-height: 1.6', 'text-align: left',
            ].join('; ');

            const heading = document.createElement('h2');
            heading.textContent = 'ビルドエラー';
            heading.style.cssText = 'margin: 0 0 0.5rem; color: #b3261e; font-size: 1.375rem;';

            const intro = document.createElement('p');
            intro.textContent = `${lines.length} 件の問題があるため、サイトを更新できませんでした。` +
              '下に見えているのは最後に成功したビルドのページです。ファイルを直して保存すると、自動で作り直します。';
            intro.style.margin = '0 0 0.5rem';

            const list = document.createElement('ul');
            list.style.cssText = 'margin: 0 0 0.75rem; padding-left: 1.5rem;';
            for (const line of lines) {
              const item = document.createElement('li');
              const code = document.createElement('code');
              code.textContent = line;
              code.style.cssText = 'font-family: ui-monospace, monospace; white-space: pre-wrap; overflow-wrap: anywhere; color: #1a1a1a; background: transparent;';
              item.append(code);
              list.append(item);
            }

            const actions = document.createElement('p');
            actions.style.cssText = 'margin: 0; display: flex; flex-wrap: wrap; gap: 1rem; align-items: center;';
            const link = document.createElement('a');
            link.href = '/__disclosure/errors';
            link.textContent = 'エラーの一覧ページを開く';
            link.style.color = '#0b57d0';
            const close = document.createElement('button');
            close.type = 'button';
            close.textContent = 'この表示を閉じる';
            close.style.cssText = 'font: inherit; padding: 0.25rem 0.75rem; color: #1a1a1a; background: #f1f1f1; border: 2px solid #1a1a1a; border-radius: 4px; cursor: pointer;';
            close.addEventListener('click', () => overlay.remove());
            actions.append(link, close);

            overlay.append(heading, intro, list, actions);
            document.body.append(overlay);
          }
        })();
        """;
}
