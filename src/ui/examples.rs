//! Example drafts from the situations the service-recovery playbook is about, each with the
//! customer's message it answers. One click loads them, to show what tactful does.

pub struct Example {
    pub title: &'static str,
    pub customer: &'static str,
    pub draft: &'static str,
}

pub const EXAMPLES: &[Example] = &[
    Example {
        title: "Late order",
        customer: "My order was supposed to arrive on Monday. It's Thursday and the tracking hasn't moved. This is ridiculous!!",
        draft: "Hi Sam,\n\nThanks for reaching out. Orders are sometimes delayed due to high volume at the warehouse. We'll look into it and get back to you soon.\n\nBest,\nAlex",
    },
    Example {
        title: "Refused refund",
        customer: "I want a refund for the headphones, they stopped working after two weeks.",
        draft: "Hello,\n\nUnfortunately we are unable to offer a refund on this item. You should have registered the warranty when you bought it. Hopefully the manufacturer can help.\n\nRegards,\nJordan",
    },
    Example {
        title: "Repeated contact",
        customer: "This is the THIRD time I'm writing about the double charge on my card. Nobody has fixed it. I'm done with you.",
        draft: "Hi,\n\nAs I already explained in my last email, the charge will drop off on its own. Sorry for any inconvenience. I guarantee this will never happen again.\n\nThanks,\n[NAME]",
    },
];
