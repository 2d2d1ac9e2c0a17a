/**
 * Saves a value as a JSON file through the browser's own download (a Blob URL, no round trip to the
 * core): the browser host saves it to the downloads folder, Electron asks where. The file name carries
 * no personal data.
 */
export function downloadJson(value: unknown, fileName: string): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click is handled; keep the URL a moment for slow browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
