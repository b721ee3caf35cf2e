//! Clean replies: typical polite support replies that none of the eight checks may flag.
//! The harness runs this capability once per check, so its row in each check's table is
//! that check's false-alarm rate on ordinary replies (the worst bug there is).

use super::template::Capability;

pub fn capability() -> Capability {
    Capability::new(
        "clean replies",
        "ordinary polite replies (answers, done actions, tips, thanks) that no check may flag",
    )
    .quiet("Thanks for reaching out! Your order shipped this morning and {should arrive|is due} {on Thursday|by Friday}. Here's the tracking link: https://example.com/track/1")
    .quiet("Hi {Sam|there}, I've refunded the delivery charge to your card; it'll show within 3 to 5 working days. Anything else I can help with?")
    .quiet("{Great question|Good question}! Yes, we ship to Ireland, and delivery takes about a week.")
    .quiet("Glad to hear it's working again! {Enjoy the rest of your day.|Have a lovely weekend.}")
    .quiet("You can change your password under Settings, then Security. Let me know if you get stuck{!|.}")
    .quiet("Our stores open at 9am on Sundays. See you {soon|then}!")
    .quiet("Thanks for the kind words, we'll pass them on to the {team|store}!")
    .quiet("Could you send us a DM with your order number so we can take a look?")
    .quiet("Happy birthday! {Hope you have a lovely day.|Enjoy the cake!}")
    .quiet_for(
        "{Hi, my discount code isn't working at checkout.|Hello, the code SPRING10 gives an error.}",
        "Thanks for letting us know. That code ended on Sunday, but I've added a 10% credit to your account{ instead|}, so it'll come off your next order.",
    )
    .quiet_for(
        "{Do you have the trainers in size 9?|Any chance of size 9 in the white trainers?}",
        "Yes, we do! Size 9 is in stock online and in our {Leeds|Bristol} store{.|!}",
    )
    .quiet_for(
        "{Can I move my booking to Saturday?|Is it possible to switch my table to Saturday?}",
        "Done! Your booking is now for Saturday at 7 pm, and the confirmation is in your inbox.",
    )
    .quiet("We don't charge for returns, so just drop it at any post office with the {label|QR code}.")
    .quiet("There's no need to {reapply|enter the code again}; your discount is already on the account.")
    .quiet("{Sadly|Unfortunately} I missed the match too! Your tickets for the next one are in the app.")
    .quiet("Nothing to worry about: the pending charge {drops off|disappears} by itself within 48 hours.")
    .quiet("We've fixed the glitch on our side. It {might|may} take a few minutes to show in the app.")
    .quiet("If the problem comes back, {give us a call on 0800 123 456|reply here} and we'll pick it up from there.")
    .quiet("That's the right amount: the {$5|£5} fee covers {card payments|paying by card}, and it's listed on the checkout page.")
    .quiet("I've passed your {idea|suggestion} on to our product team{, thanks for taking the time| - thank you}!")
    .quiet_for(
        "{Is my order on its way?|Hi, has order 5512 shipped?}",
        "It is! It left our warehouse {last night|this morning} and the courier {expects to deliver|plans to deliver} it {tomorrow between 9 and 1|on Wednesday}.",
    )
    .quiet_for(
        "{Do you price match?|Will you match a cheaper price from another shop?}",
        "We do! Send us a link to the lower price {before you order|at checkout} and we'll match it{.|, no problem.}",
    )
    .quiet("Welcome back! Your points are still there, and you'll see them {under My Account|on the home screen} once you log in.")
    .quiet("{Thanks so much|Thank you} for the photos; the replacement is on its way and should reach you {on Friday|by Thursday}.")
    .quiet("No problem at all, {happy to help|glad I could help}{!|.}")
    .quiet("Your new card was posted on Monday and {usually|normally} arrives within two working days.")
    .quiet("I've {updated|changed} the delivery address to {42 Elm Road|the one you gave}, and the courier already has it.")
}
