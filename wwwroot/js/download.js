// Saves a file streamed from .NET (DotNetStreamReference) under the given name (blazor-samples FileDownload pattern).
export async function downloadFileFromStream(fileName, contentStreamReference, mimeType) {
  const arrayBuffer = await contentStreamReference.arrayBuffer();
  const blob = new Blob([arrayBuffer], { type: mimeType || 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName ?? 'download';
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
}
