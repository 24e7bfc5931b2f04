package cairn.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Set;

/**
 * GitHub task lists ({@code - [ ] to do}, {@code - [x] done}), parsed by flexmark's
 * gfm-tasklist extension and rendered here as
 * {@code <li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled checked aria-label="…">}:
 * a disabled checkbox (a page cannot tick it) whose accessible name is the item's own text,
 * so a screen reader says "Write the tests, checkbox, checked" rather than an unnamed box.
 */
final class TaskItems extends OwnHtmlExtension {

    private TaskItems() {
        super(TaskListExtension.create(), options -> new Renderer(ListOptions.get(options)));
    }

    static TaskItems create() {
        return new TaskItems();
    }

    private record Renderer(ListOptions lists) implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(TaskListItem.class, this::render));
        }

        private void render(TaskListItem item, NodeRendererContext context, HtmlWriter html) {
            Paragraph first = firstParagraph(item);
            String label = first == null ? "" : new TextCollectingVisitor().collectAndGetText(first).strip();
            String box = "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled"
                    + (item.isItemDoneMarker() ? " checked" : "")
                    + " aria-label=\"" + Escaping.escapeHtml(label.isEmpty() ? "Task" : label, true) + "\">";
            html.line();
            html.raw("<li class=\"task-list-item\">");
            if (lists.isTightListItem(item)) {
                // the first paragraph is not wrapped in <p> (TaskListItem says so), the box goes before its text
                html.raw(box);
                context.renderChildren(item);
            } else {
                html.line();
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    if (child == first) {
                        html.raw("<p>" + box);
                        context.renderChildren(child);
                        html.raw("</p>");
                        html.line();
                    } else {
                        context.render(child);
                    }
                }
            }
            html.raw("</li>");
            html.line();
        }

        private static Paragraph firstParagraph(TaskListItem item) {
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph p) {
                    return p;
                }
            }
            return null;
        }
    }
}
