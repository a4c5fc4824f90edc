using DfxrmViz.Export.Pdf.Figure;
using DfxrmViz.Export.Pdf.Model;
using DfxrmViz.Export.Pdf.Plot;
using DfxrmViz.Export.Pdf.Text;

namespace DfxrmViz.Export.Pdf.Layout;

/// <summary>Sends each block to the layout of its kind, with the gap between blocks.</summary>
internal static class BlockLayout
{
    public static void Place(ReportBlock block, PageFlow flow, TextPainter text)
    {
        switch (block)
        {
            case HeadingBlock h:
                TextLayout.Heading(h, flow, text);
                return; // the heading's own spacing applies; no gap between it and its content
            case ParagraphBlock p:
                TextLayout.Paragraph(p, flow, text);
                break;
            case PageBreakBlock:
                flow.NewPage();
                return;
            case KeyValueBlock kv:
                KeyValueLayout.Place(kv, flow, text);
                break;
            case CalloutBlock c:
                CalloutLayout.Place(c, flow, text);
                break;
            case QrCodeBlock q:
                QrCodeLayout.Place(q, flow, text);
                break;
            case DataTableBlock t:
                TableLayout.Place(t, flow, text);
                break;
            case LinePlotBlock plot:
                flow.Place(plot.HeightPt, (canvas, top) => LinePlotRenderer.Draw(canvas, plot, text, PageFlow.Left, top, PageFlow.Width));
                break;
            case VectorFigureBlock fig:
                VectorFigureRenderer.Place(fig, flow, text);
                break;
            default:
                throw new ArgumentException($"No layout for report block {block.GetType().Name}.", nameof(block));
        }
        flow.Space(ReportStyle.BlockGap);
    }
}
