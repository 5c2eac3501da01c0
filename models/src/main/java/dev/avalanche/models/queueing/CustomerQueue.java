package dev.avalanche.models.queueing;

/**
 * The FIFO of waiting customers as a doubly linked list threaded through the customers themselves:
 * O(1) to join, to take the head and to withdraw an impatient customer from the middle, with no
 * allocation. Single thread.
 */
final class CustomerQueue {

    private Customer head;
    private Customer tail;
    private int length;

    int length() {
        return length;
    }

    /** The customer waiting longest, or null when none waits. */
    Customer first() {
        return head;
    }

    void add(Customer customer) {
        customer.previous = tail;
        if (tail == null) {
            head = customer;
        } else {
            tail.next = customer;
        }
        tail = customer;
        length++;
    }

    /** Withdraws {@code customer}, which must be waiting in this queue. */
    void remove(Customer customer) {
        Customer before = customer.previous;
        Customer after = customer.next;
        if (before == null) {
            head = after;
        } else {
            before.next = after;
        }
        if (after == null) {
            tail = before;
        } else {
            after.previous = before;
        }
        customer.previous = null;
        customer.next = null;
        length--;
    }
}
