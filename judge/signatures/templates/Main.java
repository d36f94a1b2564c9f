import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

class ListNode {
    public int val;
    public ListNode next;
    ListNode() {}
    ListNode(int val) { this.val = val; }
    ListNode(int val, ListNode next) { this.val = val; this.next = next; }
}

class TreeNode {
    public int val;
    public TreeNode left;
    public TreeNode right;
    TreeNode() {}
    TreeNode(int val) { this.val = val; }
    TreeNode(int val, TreeNode left, TreeNode right) { this.val = val; this.left = left; this.right = right; }
}

public class Main {
    static final int MAX_NODES = 1_000_000;
    static String text;
    static int at;

    // A JSON value: Long, Double, String, Boolean, null or ArrayList<Object>.
    // Tells the judge, every 5 ms, which call of a design test is running ("\u001e<secret>@<index>", 0
    // the constructor), from a thread of its own: a run killed at a limit, even inside one call
    // that never returns, still says where it was. The loop sets `running`; `stopProgress` takes
    // the lock for good, so no line lands inside the result.
    static volatile int running;
    static final Object progressLock = new Object();
    static boolean progressStopped;

    static void startProgress(FileOutputStream result, String secret) {
        Thread watcher = new Thread(() -> {
            int reported = -1;
            try {
                while (true) {
                    Thread.sleep(5);
                    synchronized (progressLock) {
                        if (progressStopped) return;
                        int index = running;
                        if (index != reported) {
                            reported = index;
                            result.write(("\u001e" + secret + "@" + index + "\n").getBytes(StandardCharsets.UTF_8));
                        }
                    }
                }
            } catch (InterruptedException | IOException e) {
                // progress is a courtesy: never the run's failure
            }
        });
        watcher.setDaemon(true);
        watcher.start();
    }

    static void stopProgress() {
        synchronized (progressLock) { progressStopped = true; }
    }

    static Object parse(String line) { text = line; at = 0; Object value = value(); return value; }

    static void skip() { while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++; }

    static Object value() {
        skip();
        char c = text.charAt(at);
        if (c == '[') {
            at++;
            ArrayList<Object> list = new ArrayList<>();
            skip();
            if (text.charAt(at) == ']') { at++; return list; }
            while (true) {
                list.add(value());
                skip();
                char d = text.charAt(at++);
                if (d == ']') return list;
            }
        }
        if (c == '"') {
            StringBuilder sb = new StringBuilder();
            at++;
            while (true) {
                char d = text.charAt(at++);
                if (d == '"') return sb.toString();
                if (d != '\\') { sb.append(d); continue; }
                char e = text.charAt(at++);
                switch (e) {
                    case 'n': sb.append('\n'); break;
                    case 't': sb.append('\t'); break;
                    case 'r': sb.append('\r'); break;
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'u': sb.append((char) Integer.parseInt(text.substring(at, at + 4), 16)); at += 4; break;
                    default: sb.append(e);
                }
            }
        }
        if (text.startsWith("null", at)) { at += 4; return null; }
        if (text.startsWith("true", at)) { at += 4; return Boolean.TRUE; }
        if (text.startsWith("false", at)) { at += 5; return Boolean.FALSE; }
        int start = at;
        while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) at++;
        String number = text.substring(start, at);
        if (number.indexOf('.') >= 0 || number.indexOf('e') >= 0 || number.indexOf('E') >= 0) return Double.parseDouble(number);
        return Long.parseLong(number);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) { return (List<Object>) o; }

    static ListNode toList(Object o) {
        List<Object> values = list(o);
        ListNode head = null;
        for (int i = values.size() - 1; i >= 0; i--) head = new ListNode((int) (long) (Long) values.get(i), head);
        return head;
    }

    static TreeNode toTree(Object o) {
        List<Object> values = list(o);
        if (values.isEmpty()) return null;
        TreeNode[] nodes = new TreeNode[values.size()];
        for (int i = 0; i < nodes.length; i++) if (values.get(i) != null) nodes[i] = new TreeNode((int) (long) (Long) values.get(i));
        int child = 1;
        for (int i = 0; i < nodes.length && child < nodes.length; i++) {
            if (nodes[i] == null) continue;
            nodes[i].left = nodes[child++];
            if (child < nodes.length) nodes[i].right = nodes[child++];
        }
        return nodes[0];
    }

    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        sb.append('"');
    }

    static void writeList(StringBuilder sb, ListNode node) {
        sb.append('[');
        int count = 0;
        while (node != null) {
            if (++count > MAX_NODES) throw new IllegalStateException("the returned list has more than 10^6 nodes: is there a cycle?");
            if (count > 1) sb.append(',');
            sb.append(node.val);
            node = node.next;
        }
        sb.append(']');
    }

    static void writeTree(StringBuilder sb, TreeNode root) {
        ArrayList<TreeNode> queue = new ArrayList<>();
        queue.add(root);
        for (int i = 0; i < queue.size(); i++) {
            if (queue.size() > 2 * MAX_NODES + 1) throw new IllegalStateException("the returned tree has more than 10^6 nodes: is there a cycle?");
            TreeNode node = queue.get(i);
            if (node != null) { queue.add(node.left); queue.add(node.right); }
        }
        int end = queue.size();
        while (end > 0 && queue.get(end - 1) == null) end--;
        sb.append('[');
        for (int i = 0; i < end; i++) {
            if (i > 0) sb.append(',');
            TreeNode node = queue.get(i);
            if (node == null) sb.append("null"); else sb.append(node.val);
        }
        sb.append(']');
    }

    static void writeDouble(StringBuilder sb, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) sb.append("NaN"); else sb.append(Double.toString(v));
    }
// @@HELPERS@@
// @@MAIN@@
}
